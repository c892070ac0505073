package dev.pacer.it;

import javax.inject.Singleton;

import org.apache.james.backends.rabbitmq.RabbitMQConfiguration;
import org.apache.james.backends.rabbitmq.RabbitMQConnectionFactory;
import org.apache.james.backends.rabbitmq.ReactorRabbitMQChannelPool;
import org.apache.james.backends.rabbitmq.ReceiverProvider;
import org.apache.james.backends.rabbitmq.SimpleConnectionPool;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.queue.api.MailQueue;
import org.apache.james.queue.api.MailQueueFactory;
import org.apache.james.queue.api.ManageableMailQueue;
import org.apache.james.queue.rabbitmq.RabbitMQMailQueueFactory;
import org.apache.james.queue.rabbitmq.view.RabbitMQMailQueueConfiguration;
import org.apache.james.queue.rabbitmq.view.api.FakeMailQueueView;
import org.apache.james.queue.rabbitmq.view.api.MailQueueView;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Scopes;

import dev.pacer.testing.RabbitMQBroker;
import reactor.rabbitmq.Sender;

/**
 * Gives a James memory server the MailQueue of distributed James: James's own {@code RabbitMQMailQueueFactory}
 * (james-server-queue-rabbitmq 3.8.1) on a real broker, for its spool and for every other queue, Pacer's lanes
 * included. James's Guice module for it is not published for 3.8.1; this is the part of it a queue needs. The browse
 * view distributed James keeps in Cassandra is replaced by James's no-op view (nothing here browses queues).
 */
final class RabbitMQMailQueueModule extends AbstractModule {
    private final RabbitMQBroker broker;

    RabbitMQMailQueueModule(RabbitMQBroker broker) {
        this.broker = broker;
    }

    @Override
    protected void configure() {
        bind(RabbitMQMailQueueFactory.class).in(Scopes.SINGLETON);
        bind(MailQueueView.Factory.class).to(FakeMailQueueView.Factory.class);
    }

    @Provides
    @Singleton
    RabbitMQConfiguration configuration() {
        return RabbitMQConfiguration.builder()
            .amqpUri(broker.amqpUri())
            .managementUri(broker.managementUri())
            .managementCredentials(new RabbitMQConfiguration.ManagementCredentials(broker.user(), broker.password().toCharArray()))
            .build();
    }

    @Provides
    @Singleton
    ReactorRabbitMQChannelPool channelPool(RabbitMQConfiguration configuration, MetricFactory metrics) {
        SimpleConnectionPool connections = new SimpleConnectionPool(new RabbitMQConnectionFactory(configuration),
            SimpleConnectionPool.Configuration.DEFAULT);
        ReactorRabbitMQChannelPool pool = new ReactorRabbitMQChannelPool(connections.getResilientConnection(),
            ReactorRabbitMQChannelPool.Configuration.DEFAULT, metrics);
        pool.start();
        return pool;
    }

    @Provides
    Sender sender(ReactorRabbitMQChannelPool pool) {
        return pool.getSender();
    }

    @Provides
    ReceiverProvider receivers(ReactorRabbitMQChannelPool pool) {
        return pool::createReceiver;
    }

    @Provides
    @Singleton
    RabbitMQMailQueueConfiguration queueConfiguration() {
        return RabbitMQMailQueueConfiguration.builder().sizeMetricsEnabled(false).build();
    }

    @Provides
    @Singleton
    MailQueueFactory<?> mailQueueFactory(RabbitMQMailQueueFactory factory) {
        return factory;
    }

    @Provides
    @Singleton
    MailQueueFactory<? extends ManageableMailQueue> manageableMailQueueFactory(RabbitMQMailQueueFactory factory) {
        return factory;
    }

    @Provides
    @Singleton
    MailQueueFactory<? extends MailQueue> mailQueueFactoryGenerics(RabbitMQMailQueueFactory factory) {
        return factory;
    }
}
