package org.putright.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.putright.letter.LetterContent.Text;

class LetterRendererTest {

    private final LetterRenderer renderer = new LetterRenderer();

    @Test
    void placesEachItemAndSaysWhichItPlaced() {
        LetterContent content = LetterFixtures.complete(LetterType.RESPONSE, 1);

        LetterRenderer.Body body = renderer.render(LetterTemplates.defaultText(LetterType.RESPONSE), content);

        assertThat(body.items()).containsExactlyInAnyOrderElementsOf(LetterType.RESPONSE.items());
        assertThat(body.xhtml())
                .contains("<div class=\"item\" data-item=\"remedy\"><p>What the letter says for remedy.</p></div>")
                .doesNotContain("pr:");
    }

    @Test
    void escapesEverythingFromTheRecordAndEvaluatesNothing() {
        LetterContent plain = LetterFixtures.complete(LetterType.CLARIFICATION, 1);
        var sections = new java.util.EnumMap<>(plain.sections());
        sections.put(
                LetterItem.QUESTION,
                List.of(new Block.Paragraph("Was it <script>alert('x')</script> & \"the boiler\"?")));
        var texts = new java.util.EnumMap<>(plain.texts());
        texts.put(Text.RECIPIENT_NAME, "Ada <b>Lovelace</b>");
        LetterContent hostile = new LetterContent(
                plain.type(),
                1,
                plain.reference(),
                plain.issuedAt(),
                plain.recipient(),
                plain.landlordName(),
                sections,
                texts,
                plain.conditions());

        String body = renderer.render(
                        "<p>Dear <span pr:text=\"recipient-name\"/>,</p><div pr:item=\"question\"/>"
                                + "<p>[[${letter}]] ${letter.reference()}</p>",
                        hostile)
                .xhtml();

        assertThat(body)
                .contains("Dear Ada &lt;b&gt;Lovelace&lt;/b&gt;,")
                .contains("Was it &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;the boiler&quot;?")
                .contains("[[${letter}]] ${letter.reference()}");
    }

    @Test
    void showsAParagraphOnlyWhenItsConditionHolds() {
        String template = "<p pr:if=\"stage1\">First stage.</p><p pr:if=\"stage2\">Final stage.</p>"
                + "<p pr:if=\"representative\">You act for <span pr:text=\"resident-name\"/>.</p>"
                + "<div pr:item=\"question\"/>";

        String body = renderer.render(template, LetterFixtures.complete(LetterType.CLARIFICATION, 1))
                .xhtml();

        assertThat(body).contains("First stage.").doesNotContain("Final stage.", "You act for");
    }

    @Test
    void leavesOutAnOptionalItemTheLetterHasNothingFor() {
        LetterContent content = LetterFixtures.complete(LetterType.UPDATE, 1).without(LetterItem.RESPONSE_DATE);

        LetterRenderer.Body body = renderer.render(LetterTemplates.defaultText(LetterType.UPDATE), content);

        assertThat(body.items()).doesNotContain(LetterItem.RESPONSE_DATE).contains(LetterItem.PROGRESS);
        assertThat(body.xhtml()).doesNotContain("response-date");
    }

    @Test
    void theTemplateOfTheWrongTypeCannotPlaceAnItemOfAnother() {
        String template = "<div pr:item=\"remedy\"/><div pr:item=\"question\"/>";

        LetterRenderer.Body body = renderer.render(template, LetterFixtures.complete(LetterType.CLARIFICATION, 1));

        assertThat(body.items()).containsExactly(LetterItem.QUESTION);
    }
}
