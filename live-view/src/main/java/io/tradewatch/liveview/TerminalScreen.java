package io.tradewatch.liveview;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * The full-screen view on a terminal, drawn with JLine's {@link Display} on the alternate screen: redrawn
 * every interval and when the terminal is resized; {@code q} or Ctrl-C leaves it and restores the terminal.
 */
final class TerminalScreen {

    private static final int CTRL_C = 3;

    private final Terminal terminal;

    private volatile boolean running = true;

    private volatile boolean resized;

    TerminalScreen(Terminal terminal) {
        this.terminal = terminal;
    }

    void run(SuiteReader reader, List<String> services, Duration interval, long count) throws IOException {
        Attributes saved = terminal.enterRawMode();
        terminal.handle(Terminal.Signal.INT, signal -> running = false);
        terminal.handle(Terminal.Signal.WINCH, signal -> resized = true);
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.cursor_invisible);
        terminal.flush();
        Display display = new Display(terminal, true);
        try {
            Snapshot previous = null;
            NonBlockingReader keys = terminal.reader();
            for (long drawn = 0; running && (count == 0 || drawn < count); drawn++) {
                Snapshot current = reader.read();
                draw(display, ViewModels.of(previous, current, services));
                previous = current;
                waitForKeys(keys, System.nanoTime() + interval.toNanos());
            }
        }
        finally {
            terminal.puts(Capability.cursor_normal);
            terminal.puts(Capability.exit_ca_mode);
            terminal.setAttributes(saved);
            terminal.flush();
        }
    }

    private void draw(Display display, ViewModel model) {
        Size size = terminal.getSize();
        int rows = size.getRows() > 0 ? size.getRows() : Renderer.MAX_ROWS;
        int columns = size.getColumns() > 0 ? size.getColumns() : Renderer.MAX_COLUMNS;
        if (resized) {
            display.clear();
            resized = false;
        }
        display.resize(rows, columns);
        List<AttributedString> lines = Renderer.render(model, columns, rows);
        display.update(lines, -1);
        terminal.flush();
    }

    private void waitForKeys(NonBlockingReader keys, long deadline) throws IOException {
        while (running) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return;
            }
            int key = keys.read(left);
            if (key == 'q' || key == 'Q' || key == CTRL_C || key == NonBlockingReader.EOF) {
                running = false;
            }
            else if (resized) {
                return;
            }
        }
    }
}
