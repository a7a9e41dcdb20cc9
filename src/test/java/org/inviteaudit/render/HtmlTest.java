package org.inviteaudit.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesWhatHtmlGivesAMeaning() {
        assertThat(Html.escape("<script>alert('x')</script> & \"y\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;");
    }

    @Test
    void leavesOtherTextAsItIs() {
        String text = "Héllo Zoë 😀 — 東京\tline\nnext";
        assertThat(Html.escape(text)).isSameAs(text);
    }

    @Test
    void replacesControlCharactersHtmlDoesNotAllow() {
        assertThat(Html.escape("a\u0000b\u0007c\u0085d\r\n")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\r\n");
    }
}
