package io.frontline.bench.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StompFrameTest {

    @Test
    void encodesAConnectFrameWithTheVisitorTokenUnescaped() {
        String text = StompFrame.connect("localhost", "v1.12.3.1799999999.a:b").encode();

        assertThat(text)
                .isEqualTo("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n"
                        + "visitor-token:v1.12.3.1799999999.a:b\n\n\0");
    }

    @Test
    void encodesASendFrameWithItsJsonBodyAndItsLengthInOctets() {
        String json = "{\"conversationId\":7,\"clientMessageId\":\"b0-1\",\"text\":\"Grüße\"}";

        String text = StompFrame.send("/app/visitor.message", json).encode();

        int octets = json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertThat(octets).isEqualTo(json.length() + 2);
        assertThat(text)
                .isEqualTo("SEND\ndestination:/app/visitor.message\ncontent-type:application/json\ncontent-length:"
                        + octets + "\n\n" + json + "\0");
    }

    @Test
    void escapesHeaderValuesOutsideConnectFrames() {
        String text = new StompFrame("SEND", Map.of("x-note", "a:b\\c\nd\re"), "").encode();

        assertThat(text).isEqualTo("SEND\nx-note:a\\cb\\\\c\\nd\\re\n\n\0");
        assertThat(StompFrame.decode(text).getFirst().header("x-note")).isEqualTo("a:b\\c\nd\re");
    }

    @Test
    void decodesAMessageFrameFromTheServer() {
        String body = "{\"type\":\"message\",\"conversationId\":7,\"seq\":3,\"clientMessageId\":\"b0-1\"}";
        String text = "MESSAGE\ndestination:/topic/chat.conversation.7\ncontent-type:application/json\n"
                + "subscription:conversation\nmessage-id:abc-1\ncontent-length:" + body.length() + "\n\n" + body
                + "\0";

        List<StompFrame> frames = StompFrame.decode(text);

        assertThat(frames).hasSize(1);
        StompFrame frame = frames.getFirst();
        assertThat(frame.command()).isEqualTo("MESSAGE");
        assertThat(frame.header("subscription")).isEqualTo("conversation");
        assertThat(frame.header("destination")).isEqualTo("/topic/chat.conversation.7");
        assertThat(frame.body()).isEqualTo(body);
    }

    @Test
    void readsABodyByItsContentLengthEvenWhenItHoldsANul() {
        String text = "MESSAGE\ncontent-length:3\n\na\0b\0";

        assertThat(StompFrame.decode(text).getFirst().body()).isEqualTo("a\0b");
    }

    @Test
    void countsContentLengthInUtf8Octets() {
        String text = "MESSAGE\ncontent-length:6\n\nÄ–x\0";

        assertThat(StompFrame.decode(text).getFirst().body()).isEqualTo("Ä–x");
    }

    @Test
    void acceptsCarriageReturnLineEndsAndKeepsTheFirstOfRepeatedHeaders() {
        String text = "CONNECTED\r\nversion:1.2\r\nheart-beat:0,0\r\nversion:1.1\r\n\r\n\0";

        StompFrame frame = StompFrame.decode(text).getFirst();

        assertThat(frame.command()).isEqualTo("CONNECTED");
        assertThat(frame.header("version")).isEqualTo("1.2");
        assertThat(frame.header("heart-beat")).isEqualTo("0,0");
        assertThat(frame.body()).isEmpty();
    }

    @Test
    void skipsHeartBeatsAndReadsSeveralFramesInOneMessage() {
        assertThat(StompFrame.decode("\n")).isEmpty();
        assertThat(StompFrame.decode("\r\n\n")).isEmpty();

        List<StompFrame> frames = StompFrame.decode("\nRECEIPT\nreceipt-id:1\n\n\0\nERROR\nmessage:bad\n\noops\0\n");

        assertThat(frames).extracting(StompFrame::command).containsExactly("RECEIPT", "ERROR");
        assertThat(frames.get(1).header("message")).isEqualTo("bad");
        assertThat(frames.get(1).body()).isEqualTo("oops");
    }

    @Test
    void roundTripsEveryFrameTheDriverSends() {
        for (StompFrame frame : List.of(
                StompFrame.connect("127.0.0.1", "tok"),
                StompFrame.subscribe("conversation", "/topic/chat.conversation.42"),
                StompFrame.send("/app/visitor.message", "{\"text\":\"a\\nb\"}"))) {
            StompFrame back = StompFrame.decode(frame.encode()).getFirst();

            assertThat(back.command()).isEqualTo(frame.command());
            assertThat(back.body()).isEqualTo(frame.body());
            assertThat(back.headers()).containsAllEntriesOf(frame.headers());
        }
    }

    @Test
    void rejectsIncompleteFrames() {
        assertThatThrownBy(() -> StompFrame.decode("MESSAGE\ndestination:/x\n\nno nul"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StompFrame.decode("MESSAGE\ndestination"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StompFrame.decode("MESSAGE\ncontent-length:10\n\nshort\0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StompFrame.decode("MESSAGE\nx:bad\\t\n\n\0"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
