package io.tradewatch.liveview;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The live view of a running suite: a full-screen view refreshed every second on a terminal, plain
 * periodic lines otherwise. {@code scripts/run.sh view} starts it.
 */
public final class LiveView {

    private LiveView() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Options options;
        try {
            options = Options.parse(Arrays.asList(args));
        }
        catch (IllegalArgumentException badArguments) {
            System.err.println("live-view: " + badArguments.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        SuiteReader reader = new SuiteReader(options.endpoints(), Clock.systemUTC());
        List<String> services = List.copyOf(options.endpoints().managementUris().keySet());
        if (options.plain()) {
            plain(reader, services, options, System.out);
            return;
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            if (Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
                plain(reader, services, options, System.out);
            }
            else {
                new TerminalScreen(terminal).run(reader, services, options.interval(false), options.count());
            }
        }
    }

    /** One line per refresh until {@code count} lines were printed (forever when 0) or the JVM is stopped. */
    static void plain(SuiteReader reader, List<String> services, Options options, PrintStream out)
            throws InterruptedException {
        Duration interval = options.interval(true);
        Snapshot previous = reader.read();
        for (long printed = 0; options.count() == 0 || printed < options.count(); printed++) {
            Thread.sleep(interval);
            Snapshot current = reader.read();
            out.println(Renderer.plainLine(ViewModels.of(previous, current, services)));
            out.flush();
            previous = current;
        }
    }
}
