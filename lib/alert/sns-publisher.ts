/**
 * Publishes alerts to the SNS alerts topic. One message per change, in SNS's JSON
 * message structure so each protocol gets its own text (`email` the full body, `sms` the
 * 160-character line, everything else `default`), with String message attributes that
 * the subscriptions' filter policies (`filter-policy.ts`) match.
 */
import { PublishCommand, type MessageAttributeValue, type SNSClient } from '@aws-sdk/client-sns';
import type { Alert, AlertPublisher } from '../core/ports';
import { AlertPublishError } from './errors';
import { asciiHeadline } from './format';

/** The PublishCommand input for an alert; exported for tests and for tools that batch. */
export function publishInput(topicArn: string, alert: Alert) {
  // `delivery = instant` tells alerts from digests apart in the filter policies.
  const attributes: Record<string, MessageAttributeValue> = { delivery: { DataType: 'String', StringValue: 'instant' } };
  for (const [name, value] of Object.entries(alert.attributes)) attributes[name] = { DataType: 'String', StringValue: value };
  return {
    TopicArn: topicArn,
    // SNS takes only printable ASCII under 100 characters as an e-mail subject, so a
    // Korean alert's subject is the English headline; its body is Korean.
    Subject: asciiHeadline(alert.change),
    MessageStructure: 'json',
    Message: JSON.stringify({ default: alert.text, email: alert.text, sms: alert.short }),
    MessageAttributes: attributes,
  };
}

/**
 * @param sns A client from the composition root (`lib/runtime/aws-clients.ts`).
 * @param topicArn The alerts topic.
 */
export function createSnsPublisher(sns: SNSClient, topicArn: string): AlertPublisher {
  return {
    async publish(alert) {
      try {
        await sns.send(new PublishCommand(publishInput(topicArn, alert)));
      } catch (error) {
        const shape = error as { name?: string; message?: string; $retryable?: unknown; $metadata?: { httpStatusCode?: number } };
        const status = shape.$metadata?.httpStatusCode;
        const retryable = Boolean(shape.$retryable) || status === undefined || status >= 500 || shape.name === 'ThrottledException';
        throw new AlertPublishError(alert.change.id, `SNS publish failed: ${shape.name ?? 'Error'}: ${shape.message ?? String(error)}`, { cause: error, retryable });
      }
    },
  };
}
