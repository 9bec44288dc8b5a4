#!/usr/bin/env node
/**
 * The CDK app: `npx cdk synth` / `npx cdk deploy`. cdk-nag's AWS Solutions rules run on
 * every synth; a finding fails it unless acknowledged with a reason in the stack.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { RadarStack } from './radar-stack';

const app = new App();
new RadarStack(app, 'ProjectRadar', {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  retainData: app.node.tryGetContext('retainData') !== 'false',
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
