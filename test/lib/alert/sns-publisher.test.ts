import { PublishCommand, SNSClient, SNSServiceException } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { AlertPublishError } from '../../../lib/alert/errors';
import { buildAlert } from '../../../lib/alert/message';
import { createSnsPublisher } from '../../../lib/alert/sns-publisher';
import { change, discovered, slip } from './fixtures';

const TOPIC = 'arn:aws:sns:ap-northeast-2:123456789012:radar-alerts';
const sns = mockClient(SNSClient);
beforeEach(() => sns.reset());

function sentInput() {
  const calls = sns.commandCalls(PublishCommand);
  expect(calls).toHaveLength(1);
  return calls[0]!.args[0].input;
}

describe('createSnsPublisher', () => {
  it('publishes a JSON-structured message with a variant per protocol and String attributes', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    const alert = buildAlert(change());

    await createSnsPublisher(new SNSClient({ region: 'ap-northeast-2' }), TOPIC).publish(alert);

    const input = sentInput();
    expect(input).toMatchObject({ TopicArn: TOPIC, MessageStructure: 'json' });
    expect(JSON.parse(input.Message!)).toEqual({ default: alert.text, email: alert.text, sms: alert.short });
    expect(input.MessageAttributes).toEqual({
      status: { DataType: 'String', StringValue: 'CANCELLED' },
      org: { DataType: 'String', StringValue: 'gsenergy' },
      project: { DataType: 'String', StringValue: 'saemangeum-dc' },
      kind: { DataType: 'String', StringValue: 'status' },
      lang: { DataType: 'String', StringValue: 'en' },
      delivery: { DataType: 'String', StringValue: 'instant' },
    });
  });

  it('a Korean alert keeps an ASCII e-mail subject (SNS requires it) and a Korean body', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-2' });
    await createSnsPublisher(new SNSClient({ region: 'ap-northeast-2' }), TOPIC).publish(buildAlert(change(), { lang: 'ko' }));
    const input = sentInput();
    expect(input.Subject).toBe('[Radar] saemangeum-dc: MOU signed -> cancelled');
    expect(JSON.parse(input.Message!).email).toMatch(/^Project Radar: 상태 변경/);
    expect(input.MessageAttributes?.lang).toEqual({ DataType: 'String', StringValue: 'ko' });
  });

  it.each([
    ['a Hangul name becomes the project id', change(), '[Radar] saemangeum-dc: MOU signed -> cancelled'],
    ['an English name stays', slip(), '[Radar] Meta El Paso data center: launched slipped from H1 2026 to 2027'],
    ['a discovered project without org', discovered(), '[Radar] gwangyang-hydrogen-plant: new project, construction started'],
    ['a long name is cut under 100', change({ project: 'Stargate '.repeat(20), projectId: 'x' }), expect.stringMatching(/^\[Radar\] Stargate .*\.\.\.$/)],
  ])('uses a printable-ASCII Subject under 100 characters: %s', async (_label, input, subject) => {
    sns.on(PublishCommand).resolves({});
    await createSnsPublisher(new SNSClient({ region: 'ap-northeast-2' }), TOPIC).publish(buildAlert(input));
    const sent = sentInput().Subject!;
    expect(sent).toEqual(subject);
    expect(sent).toMatch(/^[\x20-\x7e]{1,99}$/);
  });

  it('wraps an SNS failure in AlertPublishError, retryable for a server error', async () => {
    sns.on(PublishCommand).rejects(new SNSServiceException({ name: 'InternalErrorException', $fault: 'server', $metadata: { httpStatusCode: 500 }, message: 'internal error' }));
    const publishing = createSnsPublisher(new SNSClient({ region: 'ap-northeast-2', maxAttempts: 1 }), TOPIC).publish(buildAlert(change()));
    await expect(publishing).rejects.toBeInstanceOf(AlertPublishError);
    await expect(publishing).rejects.toMatchObject({ code: 'RADAR_ALERT_PUBLISH', retryable: true, changeId: '3f9a2c41d07be815' });
  });

  it('marks a refused message (400) not retryable', async () => {
    sns.on(PublishCommand).rejects(new SNSServiceException({ name: 'InvalidParameterException', $fault: 'client', $metadata: { httpStatusCode: 400 }, message: 'Invalid parameter: Subject' }));
    await expect(createSnsPublisher(new SNSClient({ region: 'ap-northeast-2' }), TOPIC).publish(buildAlert(change()))).rejects.toMatchObject({ retryable: false });
  });
});
