package dev.powertuner.local.runtimeapi;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerExpectContinueHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The Lambda Runtime API ({@code /2018-06-01/runtime/...}) on 127.0.0.1: one listening port per execution
 * environment, so AWS_LAMBDA_RUNTIME_API is a plain host:port as on Lambda. Netty writes header names as given; the
 * official Java runtime interface client reads them case-sensitively.
 */
public final class RuntimeApiServer implements AutoCloseable {
    /** Larger than Lambda's 6 MB response limit, so Local Lambda (not the transport) reports a breach. */
    private static final int MAX_BODY = 16 * 1024 * 1024;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1,
            new DefaultThreadFactory("runtime-api", true), NioIoHandler.newFactory());

    /** Opens the endpoint of a new environment. */
    public RuntimeEndpoint open() {
        RuntimeEndpoint[] holder = new RuntimeEndpoint[1];
        ServerBootstrap bootstrap = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpServerExpectContinueHandler(),
                                new HttpObjectAggregator(MAX_BODY), new RuntimeApiHandler(holder[0]));
                    }
                });
        Channel channel = bootstrap.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .syncUninterruptibly().channel();
        holder[0] = new RuntimeEndpoint(channel, ((InetSocketAddress) channel.localAddress()).getPort());
        return holder[0];
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 200, TimeUnit.MILLISECONDS).syncUninterruptibly();
    }
}
