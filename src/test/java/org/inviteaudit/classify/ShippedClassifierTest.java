package org.inviteaudit.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ShippedClassifierTest {

    /** Started in the background or not, asked for from several threads at once: one classifier, built once. */
    @Test
    void everyoneGetsTheOneClassifierBuiltOnce() throws Exception {
        ShippedClassifier.startBuilding();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Classifier>> asked = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                asked.add(threads.submit(ShippedClassifier::get));
            }
            Classifier first = ShippedClassifier.get();
            for (Future<Classifier> classifier : asked) {
                assertThat(classifier.get()).isSameAs(first);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** It is the classifier shipped with the tool: the same verdict as one built on the spot. */
    @Test
    void judgesAsTheShippedWordingAndModelDo() {
        String note = "Hi Sam, we met at the tidal energy meetup in Porto last week; your talk on turbine blades stayed "
                + "with me.";
        assertThat(ShippedClassifier.get().classify(note, "Ada Byron", "Sam Lee"))
                .isEqualTo(new Classifier().classify(note, "Ada Byron", "Sam Lee"));
    }
}
