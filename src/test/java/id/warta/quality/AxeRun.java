package id.warta.quality;

import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/** One axe-core run over the page a driver shows, for WCAG 2.1 A and AA, as lines naming each violation. */
final class AxeRun {
    private AxeRun() {
    }

    static List<String> violations(ChromeDriver driver, String axeSource) {
        driver.executeScript(axeSource);
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']}})
                  .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' at '
                      + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        return ((List<?>) result).stream().map(String::valueOf).toList();
    }
}
