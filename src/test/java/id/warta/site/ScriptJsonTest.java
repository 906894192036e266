package id.warta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void spellsClosingTagsSoTheScriptCannotEnd() throws Exception {
        String json = JSON.writeValueAsString(JSON.createObjectNode().put("headline", "a</script><b>x</b>"));
        String escaped = ScriptJson.escape(json);
        assertFalse(escaped.contains("</"), escaped);
        assertEquals("{\"headline\":\"a<\\/script><b>x<\\/b>\"}", escaped);
        assertEquals("a</script><b>x</b>", JSON.readTree(escaped).get("headline").asText());
    }

    @Test
    void neutralisesCommentOpenersWithTheSameMeaning() throws Exception {
        String json = JSON.writeValueAsString(JSON.createObjectNode().put("headline", "<!--<script>"));
        String escaped = ScriptJson.escape(json);
        assertFalse(escaped.contains("<!--"), escaped);
        assertEquals("<!--<script>", JSON.readTree(escaped).get("headline").asText());
    }

    @Test
    void leavesOrdinaryJsonAlone() {
        assertEquals("{\"a\":\"Rp 10.000 & 5 > 3\"}", ScriptJson.escape("{\"a\":\"Rp 10.000 & 5 > 3\"}"));
    }
}
