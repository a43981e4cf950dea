package org.putright.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.putright.code.RuleBroken;
import org.putright.letter.LetterType.Requirement;
import org.putright.system.problem.InvalidInput;

class TemplateCheckTest {

    static Stream<Arguments> everyRequiredItem() {
        return Stream.of(LetterType.values())
                .flatMap(type -> type.requirements().stream().map(requirement -> Arguments.of(type, requirement)));
    }

    @ParameterizedTest
    @EnumSource(LetterType.class)
    void theShippedTemplatesPass(LetterType type) {
        assertThatCode(() -> TemplateCheck.check(type, LetterTemplates.defaultText(type)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("everyRequiredItem")
    void refusesATemplateThatDropsARequiredItemNamingIt(LetterType type, Requirement requirement) {
        String dropped = LetterTemplates.defaultText(type)
                .replace("<div pr:item=\"" + requirement.item().placeholder() + "\"/>", "");

        RuleBroken refused = catchThrowableOfType(RuleBroken.class, () -> TemplateCheck.check(type, dropped));

        assertThat(refused).isNotNull();
        assertThat(refused.rule()).isEqualTo(requirement.rule());
        assertThat(refused.detail())
                .contains(
                        requirement.inWords(), "pr:item=\"" + requirement.item().placeholder());
    }

    @Test
    void refusesARequiredItemThatAConditionCouldHide() {
        String hidden = LetterTemplates.defaultText(LetterType.RESPONSE)
                .replace("<div pr:item=\"remedy\"/>", "<div pr:if=\"stage2\"><div pr:item=\"remedy\"/></div>");

        RuleBroken refused =
                catchThrowableOfType(RuleBroken.class, () -> TemplateCheck.check(LetterType.RESPONSE, hidden));

        assertThat(refused.detail()).contains("item e");
    }

    @Test
    void refusesExpressionsScriptsAndAttributesOfItsOwn() {
        String template = LetterTemplates.defaultText(LetterType.CLARIFICATION)
                + "<p th:text=\"${T(java.lang.Runtime).getRuntime()}\">x</p>"
                + "<script>alert(1)</script><p onclick=\"steal()\">Hi</p><h1>Another title</h1>";

        InvalidInput refused =
                catchThrowableOfType(InvalidInput.class, () -> TemplateCheck.check(LetterType.CLARIFICATION, template));

        assertThat(refused.errors())
                .extracting(InvalidInput.FieldError::message)
                .anySatisfy(message -> assertThat(message).contains("th:text"))
                .anySatisfy(message -> assertThat(message).contains("<script>"))
                .anySatisfy(message -> assertThat(message).contains("onclick"))
                .anySatisfy(message -> assertThat(message).contains("only h1"));
    }

    @Test
    void refusesNamesTheDialectDoesNotKnow() {
        String template = LetterTemplates.defaultText(LetterType.EXTENSION)
                + "<div pr:item=\"remedy\"/><span pr:text=\"password\"/><p pr:if=\"always\">x</p>";

        InvalidInput refused =
                catchThrowableOfType(InvalidInput.class, () -> TemplateCheck.check(LetterType.EXTENSION, template));

        assertThat(refused.errors()).hasSize(3);
    }

    @Test
    void refusesATemplateThatIsNotWellFormedOrUsesEntitiesOrADoctype() {
        assertThat(catchThrowableOfType(
                        InvalidInput.class,
                        () -> TemplateCheck.check(LetterType.UPDATE, "<p>Dear <span pr:text=\"recipient-name\"></p>")))
                .isNotNull();
        assertThat(catchThrowableOfType(
                        InvalidInput.class,
                        () -> TemplateCheck.check(
                                LetterType.UPDATE, "<div pr:item=\"progress\"/><p>Fish&nbsp;chips</p>")))
                .isNotNull();
        assertThat(catchThrowableOfType(
                        InvalidInput.class,
                        () -> TemplateCheck.check(
                                LetterType.UPDATE, "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><div pr:item=\"progress\"/>")))
                .isNotNull();
    }
}
