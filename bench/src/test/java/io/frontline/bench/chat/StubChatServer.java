package io.frontline.bench.chat;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the chat server, for trying the chat driver's mechanics (socket counts, open-files limits, source
 * addresses, the ledger) without Frontline: it speaks just enough of ADR 0012 (visitors, conversations, STOMP CONNECT,
 * SUBSCRIBE and SEND with a broadcast to the conversation's topic) and stores nothing. Not a test; run it by hand:
 * {@code java -cp bench/target/test-classes:bench/target/classes:… io.frontline.bench.chat.StubChatServer 8199}.
 */
public final class StubChatServer {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong IDS = new AtomicLong();
    private static final Map<String, Set<Channel>> TOPICS = new ConcurrentHashMap<>();
    private static final Map<Channel, String> SUBSCRIPTION_IDS = new ConcurrentHashMap<>();

    private StubChatServer() {}

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8199;
        MultiThreadIoEventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline()
                                .addLast(new HttpServerCodec())
                                .addLast(new HttpObjectAggregator(65_536))
                                .addLast(new WebSocketServerProtocolHandler("/chat/ws"))
                                .addLast(new Rest())
                                .addLast(new Stomp());
                    }
                })
                .bind(port)
                .sync();
        System.out.println("stub chat server on " + port);
    }

    private static final class Rest extends SimpleChannelInboundHandler<FullHttpRequest> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            long id = IDS.incrementAndGet();
            String body;
            HttpResponseStatus status = HttpResponseStatus.CREATED;
            if (request.uri().startsWith("/chat/api/visitors")) {
                body = "{\"visitorId\":" + id + ",\"token\":\"v1." + id + ".1.0.stub\"}";
                status = HttpResponseStatus.OK;
            } else if (request.uri().startsWith("/chat/api/conversations")) {
                body = "{\"id\":" + id + ",\"ticketId\":" + id + ",\"state\":\"queued\"}";
            } else if (request.uri().startsWith("/actuator/health")) {
                body = "{\"status\":\"UP\"}";
                status = HttpResponseStatus.OK;
            } else {
                body = "{}";
                status = HttpResponseStatus.NOT_FOUND;
            }
            DefaultFullHttpResponse response = new DefaultFullHttpResponse(
                    HttpVersion.HTTP_1_1, status, Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
            HttpUtil.setContentLength(response, response.content().readableBytes());
            ctx.writeAndFlush(response);
        }
    }

    private static final class Stomp extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame text) {
            for (StompFrame frame : StompFrame.decode(text.text())) {
                switch (frame.command()) {
                    case "CONNECT" ->
                        ctx.writeAndFlush(new TextWebSocketFrame(
                                new StompFrame("CONNECTED", Map.of("version", "1.2", "heart-beat", "0,0"), "")
                                        .encode()));
                    case "SUBSCRIBE" -> {
                        TOPICS.computeIfAbsent(frame.header("destination"), d -> ConcurrentHashMap.newKeySet())
                                .add(ctx.channel());
                        if (frame.header("destination").startsWith("/topic/")) {
                            SUBSCRIPTION_IDS.put(ctx.channel(), frame.header("id"));
                        }
                        ctx.channel().closeFuture().addListener(f -> {
                            TOPICS.values().forEach(s -> s.remove(ctx.channel()));
                            SUBSCRIPTION_IDS.remove(ctx.channel());
                        });
                    }
                    case "SEND" -> {
                        JsonNode message = JSON.readTree(frame.body());
                        String topic = "/topic/chat.conversation."
                                + message.get("conversationId").asLong();
                        Map<String, Object> event = new LinkedHashMap<>();
                        event.put("type", "message");
                        event.put(
                                "conversationId", message.get("conversationId").asLong());
                        event.put("seq", IDS.incrementAndGet());
                        event.put(
                                "clientMessageId",
                                message.get("clientMessageId").asString());
                        event.put("author", Map.of("type", "customer", "name", "Visitor"));
                        event.put("text", message.get("text").asString());
                        event.put("attachments", List.of());
                        String json = JSON.writeValueAsString(event);
                        for (Channel subscriber : TOPICS.getOrDefault(topic, Set.of())) {
                            Map<String, String> headers = new LinkedHashMap<>();
                            headers.put("destination", topic);
                            headers.put("content-type", "application/json");
                            headers.put("subscription", SUBSCRIPTION_IDS.getOrDefault(subscriber, "conversation"));
                            headers.put("message-id", String.valueOf(IDS.incrementAndGet()));
                            subscriber.writeAndFlush(
                                    new TextWebSocketFrame(new StompFrame("MESSAGE", headers, json).encode()));
                        }
                    }
                    default -> {}
                }
            }
        }
    }
}
