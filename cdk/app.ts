#!/usr/bin/env node
/**
 * The CDK app: `npx cdk synth` / `npx cdk deploy -c stage=dev` (context options in
 * `radar-app.ts`). cdk-nag's AwsSolutions and Serverless rules run on every synth.
 */
import { App } from 'aws-cdk-lib';
import { buildRadarApp } from './radar-app';

const app = new App();
buildRadarApp(app, { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION });
