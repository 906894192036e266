package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/warta} starts one JVM: builds with the tuned flags and the class-data archive beside the jar, other
 * commands with the JVM's defaults, the user's own options last. A stand-in {@code java} prints what it was given.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("bin/warta").toAbsolutePath();

    @TempDir
    Path dir;

    private List<String> launch(Map<String, String> env, String... args) throws Exception {
        Path javaHome = dir.resolve("jdk");
        Path java = javaHome.resolve("bin/java");
        if (!Files.exists(java)) {
            Files.createDirectories(java.getParent());
            Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        List<String> command = new java.util.ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("WARTA_JAR", dir.resolve("warta.jar").toString());
        builder.environment().remove("WARTA_JAVA_OPTS");
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        return out.lines().toList();
    }

    private void jar(boolean withArchive) throws IOException {
        Files.writeString(dir.resolve("warta.jar"), "");
        if (withArchive) {
            Files.writeString(dir.resolve("warta.jsa"), "");
        }
    }

    @Test
    void startsABuildWithTheTunedFlagsAndTheArchive() throws Exception {
        jar(true);
        String jar = dir.resolve("warta.jar").toString();
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:SharedArchiveFile="
                + dir.resolve("warta.jsa"), "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Xmx4g",
                "-cp", jar, "id.warta.cli.Main", "build", "--base-url", "https://berita.example.id/"),
                launch(Map.of("WARTA_JAVA_OPTS", "-Xmx4g"), "build", "--base-url", "https://berita.example.id/"));
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:SharedArchiveFile="
                + dir.resolve("warta.jsa"), "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp", jar,
                "id.warta.cli.Main", "--content", "arsip"), launch(Map.of(), "--content", "arsip"));
    }

    @Test
    void startsABuildWithoutAnArchiveWhenThereIsNone() throws Exception {
        jar(false);
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", dir.resolve("warta.jar")
                .toString(), "id.warta.cli.Main"), launch(Map.of()));
    }

    @Test
    void startsOtherCommandsWithTheJvmsDefaults() throws Exception {
        jar(true);
        assertEquals(List.of("-cp", dir.resolve("warta.jar").toString(), "id.warta.cli.Main", "serve", "--port",
                "8080"), launch(Map.of(), "serve", "--port", "8080"));
        assertEquals(List.of("-cp", dir.resolve("warta.jar").toString(), "id.warta.cli.Main", "--version"),
                launch(Map.of(), "--version"));
    }
}
