package io.tradewatch.alerts.delivery;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;

import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.InetNameResolver;
import io.netty.resolver.InetSocketAddressResolver;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;

import io.tradewatch.alerts.domain.delivery.TargetPolicy;

/**
 * The delivery client's name resolver: it resolves a target's host and refuses the connection (with a
 * {@link io.tradewatch.alerts.domain.delivery.TargetNotAllowedException}) unless every address is allowed, so the
 * address checked is the address connected to (no window for DNS rebinding). Resolution blocks like Netty's
 * default JDK resolver does.
 */
final class GuardedResolverGroup extends AddressResolverGroup<InetSocketAddress> {

    private final TargetPolicy policy;

    GuardedResolverGroup(TargetPolicy policy) {
        this.policy = policy;
    }

    @Override
    protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
        return new InetSocketAddressResolver(executor, new GuardedNameResolver(executor, policy));
    }

    private static final class GuardedNameResolver extends InetNameResolver {

        private final TargetPolicy policy;

        GuardedNameResolver(EventExecutor executor, TargetPolicy policy) {
            super(executor);
            this.policy = policy;
        }

        @Override
        protected void doResolve(String host, Promise<InetAddress> promise) {
            try {
                promise.setSuccess(policy.resolve(host).get(0));
            }
            catch (UnknownHostException ex) {
                promise.setFailure(ex);
            }
        }

        @Override
        protected void doResolveAll(String host, Promise<List<InetAddress>> promise) {
            try {
                promise.setSuccess(policy.resolve(host));
            }
            catch (UnknownHostException ex) {
                promise.setFailure(ex);
            }
        }
    }
}
