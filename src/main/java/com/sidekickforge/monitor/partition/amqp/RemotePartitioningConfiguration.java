package com.sidekickforge.monitor.partition.amqp;

import java.util.List;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;

import com.sidekickforge.monitor.config.ForgeProperties;

/**
 * The remote partitioning of the Spring Batch reference: a manager's requests go from a channel to the durable
 * queue through an AMQP outbound adapter (persistent messages, each confirmed by the broker before the next is
 * sent); a worker's inbound adapter takes them with manual acknowledgement, one unacknowledged request per consumer.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "forge.partitions", name = "remote", havingValue = "true")
@EnableIntegration
class RemotePartitioningConfiguration {

	@Bean
	Queue partitionRequestQueue(ForgeProperties properties) {
		return QueueBuilder.durable(properties.partitions().queue()).build();
	}

	@Bean
	DirectChannel partitionRequests() {
		return new DirectChannel();
	}

	@Bean
	IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, RabbitTemplate template,
			Queue partitionRequestQueue) {
		return IntegrationFlow.from(partitionRequests)
			.handle(Amqp.outboundAdapter(template)
				.routingKey(partitionRequestQueue.getName())
				.waitForConfirm(true)
				.confirmTimeout(30_000))
			.get();
	}

	@Bean
	RemotePartitionHandlers remotePartitionHandlers(DirectChannel partitionRequests, JobRepository repository,
			ConnectionFactory connections, AmqpAdmin admin, ForgeProperties properties) {
		MessagingTemplate requests = new MessagingTemplate(partitionRequests);
		PartitionBroker broker = new PartitionBroker(connections, admin, properties.partitions().queue());
		return new RemotePartitionHandlers(requests, repository, broker, properties.partitions().poll());
	}

	@Bean
	SimpleMessageListenerContainer partitionConsumers(ConnectionFactory connections, Queue partitionRequestQueue,
			ForgeProperties properties) {
		SimpleMessageListenerContainer consumers = new SimpleMessageListenerContainer(connections);
		consumers.setQueues(partitionRequestQueue);
		consumers.setAcknowledgeMode(AcknowledgeMode.MANUAL);
		consumers.setPrefetchCount(1);
		consumers.setConcurrentConsumers(properties.partitions().threads());
		// Started by serve only (PartitionWorkers).
		consumers.setAutoStartup(false);
		return consumers;
	}

	@Bean
	PartitionWorkers partitionWorkers(SimpleMessageListenerContainer partitionConsumers, ForgeProperties properties) {
		return new PartitionWorkers(partitionConsumers, properties.partitions().threads());
	}

	@Bean
	IntegrationFlow partitionRequestsFromBroker(SimpleMessageListenerContainer partitionConsumers,
			JobRepository repository, ObjectProvider<Step> steps) {
		// Java serialization, as Spring Batch's request is Serializable; nothing but the request is deserialized.
		SimpleMessageConverter converter = new SimpleMessageConverter();
		converter.setAllowedListPatterns(List.of(StepExecutionRequest.class.getName(), "java.lang.*"));
		StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
		handler.setJobRepository(repository);
		handler.setStepLocator(new StepsByName(steps));
		PartitionRequestWorker worker = new PartitionRequestWorker(repository, handler);
		return IntegrationFlow
			.from(Amqp.inboundAdapter(partitionConsumers).messageConverter(converter).autoStartup(false))
			.handle(worker, "handle")
			.get();
	}

}
