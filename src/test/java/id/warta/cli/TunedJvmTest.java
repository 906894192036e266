package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When {@code java -jar warta.jar} hands its build to a tuned JVM, and with what command. */
class TunedJvmTest {
    private static final Path JAVA_HOME = Path.of("jdk");
    private static final Path JAR = Path.of("target", "warta.jar");

    @Test
    void aBuildFromTheJarRunsInATunedJvmWithTheSameArguments() {
        List<String> command = TunedJvm.command(JAVA_HOME, JAR, List.of(), Map.of(), false,
                "build", "--base-url", "https://berita.example.id/").orElseThrow();

        assertEquals(Path.of("jdk", "bin", "java").toString(), command.get(0));
        assertTrue(command.contains("-D" + TunedJvm.CHILD_PROPERTY + "=true"), command::toString);
        assertTrue(command.containsAll(TunedJvm.FLAGS), command::toString);
        assertEquals(List.of("-cp", JAR.toString(), Main.class.getName(), "build", "--base-url",
                "https://berita.example.id/"), command.subList(command.size() - 6, command.size()));
    }

    @Test
    void theClassArchiveBesideTheJarIsUsedWhenItExists(@TempDir Path dir) throws IOException {
        Path jar = Files.createFile(dir.resolve("warta.jar"));
        List<String> without = TunedJvm.command(JAVA_HOME, jar, List.of(), Map.of(), false, "build").orElseThrow();
        assertTrue(without.stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile")), without::toString);

        Path archive = Files.createFile(dir.resolve("warta.jsa"));
        List<String> with = TunedJvm.command(JAVA_HOME, jar, List.of(), Map.of(), false, "build").orElseThrow();
        assertTrue(with.contains("-XX:SharedArchiveFile=" + archive), with::toString);
        assertTrue(with.containsAll(TunedJvm.ARCHIVE_FLAGS), with::toString);
        assertTrue(with.indexOf("-XX:SharedArchiveFile=" + archive) < with.indexOf("-cp"), with::toString);
    }

    @Test
    void noCommandAndOptionsAloneAlsoMeanABuild() {
        assertTrue(TunedJvm.command(JAVA_HOME, JAR, List.of(), Map.of(), false).isPresent());
        assertTrue(TunedJvm.command(JAVA_HOME, JAR, List.of(), Map.of(), false, "--output", "public").isPresent());
    }

    @Test
    void staysInThisJvmWhenTheUserChoseJvmOptionsOrOptedOut() {
        assertTrue(TunedJvm.command(JAVA_HOME, JAR, List.of("-Xmx1g"), Map.of(), false, "build").isEmpty());
        assertTrue(TunedJvm.command(JAVA_HOME, JAR, List.of(), Map.of(TunedJvm.OPT_OUT, "1"), false, "build")
                .isEmpty());
    }

    @Test
    void staysInThisJvmOutsideAJarInTheChildAndForOtherCommands() {
        assertTrue(TunedJvm.command(JAVA_HOME, null, List.of(), Map.of(), false, "build").isEmpty());
        assertTrue(TunedJvm.command(JAVA_HOME, JAR, List.of(), Map.of(), true, "build").isEmpty());
        for (String command : List.of("serve", "check", "parse", "new", "import", "completion")) {
            assertTrue(TunedJvm.command(JAVA_HOME, JAR, List.of(), Map.of(), false, command).isEmpty(), command);
        }
        assertTrue(TunedJvm.command(JAVA_HOME, JAR, List.of(), Map.of(), false, "build", "--help").isEmpty());
        assertTrue(TunedJvm.command(JAVA_HOME, JAR, List.of(), Map.of(), false, "--version").isEmpty());
    }
}
