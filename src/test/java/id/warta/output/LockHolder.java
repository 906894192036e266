package id.warta.output;

import java.nio.file.Path;
import java.util.List;

/** A second process for {@link OutputLockTest}: opens a write session on the folder and holds it until killed. */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        WriteSession session = new SiteWriter(Path.of(args[0]), List.of()).begin();
        session.put("index.html", "half".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(120_000);
        session.abort();
    }
}
