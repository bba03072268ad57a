package io.tradewatch.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.tradewatch.deploy.Yamls.at;
import static org.assertj.core.api.Assertions.assertThat;

/** The Dockerfile of every service and the one command that builds all images. */
class DockerImagesTests {

    @Test
    void everyServiceHasALayeredNonRootJava21Dockerfile() throws IOException {
        Map<String, Object> pod = Manifests.podTemplate(Manifests.render(Manifests.PROD).named("Deployment", "api-gateway"));
        Object uid = at(pod, "spec", "securityContext", "runAsUser");
        Object gid = at(pod, "spec", "securityContext", "runAsGroup");
        for (PortTable.Service service : PortTable.services()) {
            Path dockerfile = DeployPaths.root().resolve(service.module()).resolve("Dockerfile");
            List<String> lines = Files.readAllLines(dockerfile).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
            String where = dockerfile.toString();
            assertThat(lines.stream().filter(line -> line.startsWith("FROM ")))
                .as(where).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("FROM eclipse-temurin:21-jre"));
            assertThat(lines).as(where).contains("COPY target/" + service.module() + "-*.jar app.jar",
                    "RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted",
                    "USER " + uid + ":" + gid,
                    "EXPOSE " + service.port() + " " + service.managementPort(),
                    "ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]");
            for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
                assertThat(lines).as(where).contains("COPY --from=layers /workspace/extracted/" + layer + "/ ./");
            }
            int user = lines.indexOf("USER " + uid + ":" + gid);
            assertThat(lines.subList(user, lines.size())).as("nothing runs as root after USER")
                .noneMatch(line -> line.startsWith("RUN ") || line.startsWith("USER root"));
            String pom = Files.readString(DeployPaths.root().resolve(service.module()).resolve("pom.xml"));
            assertThat(pom).as(service.module() + " repackages a Boot jar").contains("spring-boot-maven-plugin");
        }
        assertThat(Files.readString(DeployPaths.root().resolve("pom.xml")).replaceAll("\\s", ""))
            .as("the root pom enables the layered jar").contains("<layers><enabled>true</enabled></layers>");
    }

    @Test
    void oneScriptBuildsEveryImageUnderTheNamesTheManifestsUse() throws IOException {
        Path script = DeployPaths.of("build-images.sh");
        assertThat(Files.isExecutable(script)).isTrue();
        Tools.run(DeployPaths.deploy(), List.of("bash", "-n", script.toString())).assertSuccess();
        String text = Files.readString(script);
        assertThat(text).contains("MODULES=(" + String.join(" ", PortTable.MODULES) + ")")
            .contains("prefix=\"${IMAGE_PREFIX:-tradewatch}\"", "tag=\"${1:-0.1.0}\"",
                    "docker build --tag \"$prefix/$module:$tag\" \"$TW_ROOT/$module\"");
        Manifests.Rendered prod = Manifests.render(Manifests.PROD);
        for (String module : PortTable.MODULES) {
            assertThat(at(Manifests.containers(prod.named("Deployment", module)).get(0), "image"))
                .isEqualTo("tradewatch/" + module + ":0.1.0");
        }
    }
}
