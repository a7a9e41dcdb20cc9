package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The kinds of miss that real exports showed before the verdict was fitted on real notes (issue 21), each on notes
 * written here in the same spirit: none is a real note. The seventh kind, one template counted as several in the
 * sent-notes table, is tested where that table is made ({@code TemplatesAndPhrasesTest}).
 */
class RealMissKindsTest {

    private static final Classifier CLASSIFIER = new Classifier();
    private static final String SENDER = "Ada Byron";
    private static final String RECIPIENT = "Tomasz Nowak";

    private static Classification classify(String note) {
        return CLASSIFIER.classify(note, SENDER, RECIPIENT);
    }

    /** 1. Words of one's own are no tie: a request, an offer, a pitch, a template in another language. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Hi Tomasz, I am a final-year computer science student looking for a graduate role in backend development. "
                + "I have built several projects with Spring Boot and PostgreSQL. Could you refer me to an opening at "
                + "your company? Thank you!",
        "Hello Tomasz, we are a staffing partner providing pre-vetted Java and React engineers on short notice for US "
                + "and EU clients. Happy to share profiles whenever your team needs extra hands.",
        "Hi Tomasz, is your team still exporting invoices by hand every month? Our tool automates the whole flow in "
                + "minutes. Worth a look?",
        "Hi Tomasz, my company builds fraud scoring APIs and your role as head of payments suggests it would be "
                + "relevant to you. Let's connect.",
        "Ciao Tomasz, seguo con interesse il tuo lavoro e mi farebbe piacere entrare nella tua rete professionale.",
        "Hola Tomasz, veo que estamos en el mismo sector y me encantaría conectar contigo para compartir experiencias."})
    void wordsOfOnesOwnWithoutATieAreGeneric(String note) {
        assertThat(classify(note).verdict()).isEqualTo(Verdict.GENERIC);
    }

    /** 2. A courtesy or an ask beside the evidence does not outweigh it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Hi Tomasz, I watched your talk at GopherCon on profiling allocations and the flame graph trick stuck with "
                + "me. Would love to connect.",
        "Hi Tomasz, Mei Tanaka mentioned you when I asked her about tuning Postgres autovacuum. Could I ask you two "
                + "questions sometime?",
        "Hi Tomasz, congrats on shipping the offline mode in Tessera, we rely on it every day on the trains. Happy to "
                + "connect!"})
    void evidenceBesideACourtesyOrAnAskIsPersonal(String note) {
        assertThat(classify(note).verdict()).isEqualTo(Verdict.PERSONALIZED);
    }

    /** 3. A name greeted without its accents, or with a letter slipped, is the recipient's; another name is no veto. */
    @Test
    void aNameDifferingByAccentsOrASlipIsNotAnotherName() {
        Classification accents = CLASSIFIER.classify("Hi Nicolas, great talking with you at the Lyon meetup "
                + "yesterday!", SENDER, "Nicolás Ortega");
        assertThat(accents.reasons()).contains(Reason.GREETS_BY_NAME).doesNotContain(Reason.WRONG_NAME);
        Classification slip = CLASSIFIER.classify("Hi Jonathon, great talking with you at the Lyon meetup "
                + "yesterday!", SENDER, "Jonathan Pike");
        assertThat(slip.reasons()).contains(Reason.GREETS_BY_NAME).doesNotContain(Reason.WRONG_NAME);
        Classification other = CLASSIFIER.classify("Hi Daniel, great talking with you at the Lyon meetup "
                + "yesterday!", SENDER, "Jonathan Pike");
        assertThat(other.verdict()).isEqualTo(Verdict.PERSONALIZED);
        assertThat(other.reasons()).contains(Reason.WRONG_NAME);
    }

    /** 4. A remark in brackets is no merge field; alternatives of slot words, or lower-case ones, are. */
    @Test
    void aParenthesisIsAMergeFieldOnlyWhenItReadsLikeOne() {
        assertThat(classify("Hi Tomasz, I build BI tooling (Looker/Tableau) for retailers (data analytics focus) "
                + "and would value your view.").reasons()).doesNotContain(Reason.PLACEHOLDER);
        assertThat(classify("Great to meet you at the (event/webinar) last week!").reasons())
                .contains(Reason.PLACEHOLDER);
        assertThat(classify("Hi Tomasz, I loved your (Company/Role) insights!").reasons())
                .contains(Reason.PLACEHOLDER);
    }

    /** 5. LinkedIn's stock text in Arabic, worded otherwise; with a name before and a signature after; a lone ".". */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "أود أن أضيفك إلى شبكتي المهنية على لينكد إن",
        "مرحبا أحمد، أود إضافتك إلى شبكتي المهنية على LinkedIn. تحياتي",
        "Tomasz,   I'd like to add you to my professional network on LinkedIn.   - Ada Byron",
        ".",
        " ... "})
    void stockTextAndNotesWithoutWordsAreDefault(String note) {
        assertThat(classify(note).verdict()).isEqualTo(Verdict.DEFAULT);
    }

    /** 6. Someone's demo or yesterday's call is no pitch; LinkedIn's suggested congratulations are generic. */
    @Test
    void wordsThatAreNotPitchesAndCongratulationsThatAreNotPersonal() {
        assertThat(classify("At the Oslo meetup, your demo of a schema diff viewer stole the evening.").reasons())
                .doesNotContain(Reason.SALES_PITCH);
        assertThat(classify("Tomasz, the minutes of the quick call on Monday are in your inbox now.").reasons())
                .doesNotContain(Reason.SALES_PITCH);
        assertThat(classify("Hi Tomasz, happy work anniversary!").verdict()).isEqualTo(Verdict.GENERIC);
        assertThat(classify("Congratulations on your work anniversary, Tomasz!").verdict())
                .isEqualTo(Verdict.GENERIC);
        assertThat(classify("Tomasz, so glad Brightline made you head of payments after you led the ledger rewrite "
                + "there. Congratulations!").verdict()).isEqualTo(Verdict.PERSONALIZED);
    }
}
