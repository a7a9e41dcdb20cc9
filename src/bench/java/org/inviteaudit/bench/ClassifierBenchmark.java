package org.inviteaudit.bench;

import java.util.concurrent.TimeUnit;
import org.inviteaudit.classify.Classification;
import org.inviteaudit.classify.Classifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Nanoseconds per note for each kind of note, so that a regression names its kind. Only the public
 * {@code Classifier.classify(text, sender, recipient)} is called, so the same class measures any version of the
 * classifier side by side (bench/classify.sh runs it on a baseline commit and on the work tree).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ClassifierBenchmark {

    private static final int NOTES_PER_KIND = 6;

    /** Six notes of one kind, each with its sender and recipient. */
    @State(Scope.Benchmark)
    public static class Notes {

        @Param({"empty", "stock", "pitch", "personal", "long-own-words"})
        public String kind;

        String[][] notes;
        Classifier classifier;

        @Setup
        public void setUp() {
            classifier = new Classifier();
            notes = switch (kind) {
                case "empty" -> new String[][] {
                    {"Ivo Marsh", "Lena Brook", ""}, {"Ada Quill", "Tom Reyes", "   "},
                    {"Rui Sol", "Eva Lund", ""}, {"Jan Kos", "Olga Nowak", ""},
                    {"Lea Berg", "Max Holm", " "}, {"Noa Vidal", "Iris Mora", ""},
                };
                case "stock" -> new String[][] {
                    {"Ivo Marsh", "Lena Brook", "I'd like to add you to my professional network on LinkedIn."},
                    {"Ada Quill", "Tom Reyes", "Tom,   I'd like to add you to my professional network on LinkedIn.   - Ada"},
                    {"Rui Sol", "Eva Lund", "Hi Eva, I'd like to join your LinkedIn network."},
                    {"Jan Kos", "Olga Nowak", "Chciałbym dodać Cię do mojej sieci zawodowej na LinkedIn."},
                    {"Lea Berg", "Max Holm", "Jag vill gärna lägga till dig i mitt yrkesnätverk på LinkedIn."},
                    {"Noa Vidal", "Iris Mora", "Me gustaría añadirte a mi red profesional en LinkedIn."},
                };
                case "pitch" -> new String[][] {
                    {"Kurt Vance", "Lena Brook", "Hi Lena, we help SaaS teams like yours at Brookline cut churn by 30% "
                            + "with automated onboarding flows. Open to a quick 15-minute demo next week?"},
                    {"Tia Moss", "Tom Reyes", "Hello Tom! I'm a senior recruiter at Talentbridge and I have an "
                            + "exciting opportunity that matches your profile. Would you be open to a chat?"},
                    {"Omar Pike", "Eva Lund", "Hi Eva, I am looking for new opportunities in data analytics and "
                            + "would be grateful if you could refer me for the analyst role at your company."},
                    {"Gil Ford", "Olga Nowak", "Hey Olga, I help founders 3x their pipeline with done-for-you "
                            + "LinkedIn outreach. Worth a conversation?"},
                    {"Una Vey", "Max Holm", "Hi Max, I run a community of 4,000 product leaders sharing playbooks "
                            + "every week. Would love to have you join us!"},
                    {"Bo Lind", "Iris Mora", "Hi Iris, impressed by your background and what Acme is building. "
                            + "Always keen to connect with fellow professionals in the software industry."},
                };
                case "personal" -> new String[][] {
                    {"Ivo Marsh", "Lena Brook", "Great talking with you at the Porto meetup on Tuesday, Lena!"},
                    {"Ada Quill", "Tom Reyes", "Priya suggested I ask you about migrating our billing to Stripe."},
                    {"Rui Sol", "Eva Lund", "Loved your talk on event sourcing at JFokus, the bit on snapshots "
                            + "saved my week."},
                    {"Jan Kos", "Olga Nowak", "We sat next to each other at Kasia's wedding - nice to find you here!"},
                    {"Lea Berg", "Max Holm", "Thanks again for reviewing my pull request on the parser yesterday."},
                    {"Noa Vidal", "Iris Mora", "Fue un placer conocerte en la conferencia de Bilbao la semana pasada."},
                };
                case "long-own-words" -> new String[][] {
                    {"Ivo Marsh", "Lena Brook", "Hi Lena, I'm a passionate product designer with eight years of "
                            + "experience in fintech, healthcare and retail, currently focused on accessible design "
                            + "systems, research operations and mentoring junior designers across Europe. I enjoy "
                            + "connecting with people who care about craft and would love to stay in touch."},
                    {"Ada Quill", "Tom Reyes", "Tom, when we shipped the new ledger at Finly last spring you stayed "
                            + "up with me until two in the morning chasing that rounding bug in the reconciliation "
                            + "job. I never thanked you properly, so thank you, and let's get that coffee we keep "
                            + "promising each other before the summer ends."},
                    {"Rui Sol", "Eva Lund", "Hello Eva, our agency builds high-converting Shopify stores, "
                            + "handles paid social and email flows, and has grown revenue for more than 120 brands "
                            + "in home goods, beauty and outdoor gear. If scaling online sales is a priority this "
                            + "quarter, I'd be glad to share a few ideas on a short call."},
                    {"Jan Kos", "Olga Nowak", "Olga, Marta from the Kraków data guild mentioned that you "
                            + "rebuilt the ingestion pipeline for the city's air-quality sensors. We are starting "
                            + "something similar for water meters in Gdańsk and I would be grateful for twenty "
                            + "minutes of your advice whenever suits you."},
                    {"Lea Berg", "Max Holm", "Hi Max, I recently graduated in mechanical engineering and I am "
                            + "actively looking for a graduate position or internship in the automotive sector. I "
                            + "would really appreciate it if you could pass my CV to your hiring team or let me "
                            + "know about any openings that might fit my profile."},
                    {"Noa Vidal", "Iris Mora", "Hola Iris, soy consultora de transformación digital y ayudo a "
                            + "empresas como la tuya a automatizar procesos y reducir costes operativos. Me "
                            + "encantaría conectar contigo y contarte cómo lo hemos logrado con otros clientes "
                            + "del sector en solo tres meses."},
                };
                default -> throw new IllegalArgumentException("no notes of kind " + kind);
            };
            if (notes.length != NOTES_PER_KIND) {
                throw new IllegalStateException(kind + " has " + notes.length + " notes");
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(NOTES_PER_KIND)
    public void classifyOneNote(Notes state, Blackhole sink) {
        for (String[] note : state.notes) {
            Classification result = state.classifier.classify(note[2], note[0], note[1]);
            sink.consume(result);
        }
    }
}
