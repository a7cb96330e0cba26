/**
 * Well-known data-plane reads across AWS, beyond the services Cloudcraft discovers: actions AWS rates
 * `Read` that return your data (objects, items, records, messages, log events, parameter values,
 * source code, credentials) rather than resource metadata. Curated by hand for comparing policies
 * with AWS's managed ones, `ReadOnlyAccess` above all, which grants most of them. The baselines build
 * (`npm run baselines`) checks that each exists and is exactly `Read`; the catalog build badges those an
 * edition grants, like the entries of `sensitive-reads.ts`.
 */
import type { SensitiveRead } from '../types';

const parameter =
  'Returns Parameter Store values; SecureString values come back decrypted when they use the default aws/ssm key.';

export const dataReads: SensitiveRead[] = [
  { action: 's3:GetObject', reason: 'Downloads objects from S3 buckets: the files themselves.' },
  {
    action: 's3:GetObjectVersion',
    reason: 'Downloads earlier versions of S3 objects, including overwritten and deleted ones.',
  },
  {
    action: 's3-object-lambda:GetObject',
    reason: 'Downloads S3 objects through Object Lambda access points.',
  },
  { action: 'dynamodb:GetItem', reason: 'Reads items from DynamoDB tables.' },
  { action: 'dynamodb:BatchGetItem', reason: 'Reads up to 100 DynamoDB items per call.' },
  { action: 'dynamodb:Query', reason: 'Reads the DynamoDB items that share a partition key.' },
  { action: 'dynamodb:Scan', reason: 'Reads every item of a DynamoDB table or index.' },
  { action: 'dynamodb:PartiQLSelect', reason: 'Reads DynamoDB items with PartiQL SELECT.' },
  {
    action: 'dynamodb:GetRecords',
    reason: "Reads item changes from DynamoDB streams, with the items' old and new images.",
  },
  { action: 'dax:GetItem', reason: 'Reads DynamoDB items through DAX clusters.' },
  { action: 'dax:BatchGetItem', reason: 'Reads DynamoDB items in batches through DAX clusters.' },
  { action: 'dax:Query', reason: 'Reads the items that share a key through DAX clusters.' },
  { action: 'dax:Scan', reason: 'Reads every item of a table through DAX clusters.' },
  { action: 'kinesis:GetRecords', reason: 'Reads the records of Kinesis data streams.' },
  {
    action: 'kinesisvideo:GetMedia',
    reason: 'Streams video and audio from Kinesis video streams.',
  },
  { action: 'kinesisvideo:GetClip', reason: 'Downloads clips from Kinesis video streams.' },
  {
    action: 'sqs:ReceiveMessage',
    reason: 'Reads messages from SQS queues, hiding them from their consumers for a while.',
  },
  { action: 'logs:GetLogEvents', reason: 'Reads the events of CloudWatch Logs streams.' },
  { action: 'logs:FilterLogEvents', reason: 'Searches and reads the events of a log group.' },
  { action: 'logs:GetLogRecord', reason: 'Reads every field of a log event.' },
  { action: 'logs:GetQueryResults', reason: 'Returns the results of Logs Insights queries.' },
  { action: 'logs:StartLiveTail', reason: 'Streams log events as they arrive.' },
  { action: 'ssm:GetParameter', reason: parameter },
  { action: 'ssm:GetParameters', reason: parameter },
  { action: 'ssm:GetParametersByPath', reason: parameter },
  { action: 'ssm:GetParameterHistory', reason: `${parameter} Earlier values too.` },
  {
    action: 'ssm:GetCommandInvocation',
    reason: 'Returns the output of Run Command invocations on instances.',
  },
  {
    action: 'ec2:GetConsoleOutput',
    reason: "Returns instances' console output: boot logs and anything printed at start-up.",
  },
  { action: 'ec2:GetConsoleScreenshot', reason: "Returns a screenshot of an instance's console." },
  {
    action: 'ec2:GetPasswordData',
    reason: "Returns Windows instances' encrypted administrator password.",
  },
  {
    action: 'ec2:GetLaunchTemplateData',
    reason: "Returns an instance's configuration, user data included.",
  },
  {
    action: 'rds:DownloadDBLogFilePortion',
    reason: 'Downloads database log files, which can hold queries and the data in them.',
  },
  {
    action: 'rds:DownloadCompleteDBLogFile',
    reason: 'Downloads whole database log files, which can hold queries and the data in them.',
  },
  { action: 'athena:GetQueryResults', reason: 'Returns the rows Athena queries return.' },
  { action: 'athena:GetQueryResultsStream', reason: 'Streams the rows Athena queries return.' },
  {
    action: 'ecr:GetDownloadUrlForLayer',
    reason: 'Returns download links for container image layers: the images themselves.',
  },
  { action: 'ecr:BatchGetImage', reason: 'Returns image manifests, what a pull needs.' },
  { action: 'codecommit:GetFile', reason: 'Returns the content of files in CodeCommit.' },
  { action: 'codecommit:GetBlob', reason: 'Returns the content of files (blobs) in CodeCommit.' },
  { action: 'codecommit:GitPull', reason: 'Clones and pulls CodeCommit repositories.' },
  { action: 'lambda:GetLayerVersion', reason: "Returns a link to download a layer's code." },
  {
    action: 'states:GetExecutionHistory',
    reason: 'Returns the input and output of every step of Step Functions executions.',
  },
  {
    action: 'states:DescribeExecution',
    reason: 'Returns the input and output of Step Functions executions.',
  },
  {
    action: 'es:ESHttpGet',
    reason: "Reads documents and search results through OpenSearch domains' HTTP API.",
  },
  { action: 'qldb:GetBlock', reason: 'Returns journal blocks of QLDB ledgers: the data written.' },
  { action: 'qldb:GetRevision', reason: 'Returns revisions of documents in QLDB ledgers.' },
  { action: 'iot:GetRetainedMessage', reason: 'Returns the payload of retained MQTT messages.' },
  { action: 'iot:GetThingShadow', reason: "Returns devices' shadows: their reported state." },
  {
    action: 'iotsitewise:GetAssetPropertyValue',
    reason: 'Returns the current values of industrial asset properties.',
  },
  {
    action: 'iotsitewise:GetAssetPropertyValueHistory',
    reason: 'Returns the past values of industrial asset properties.',
  },
  {
    action: 'iotanalytics:GetDatasetContent',
    reason: 'Returns links to download the contents of IoT Analytics data sets.',
  },
  {
    action: 'cognito-idp:AdminGetUser',
    reason: "Returns user pool users' attributes: email addresses, phone numbers and more.",
  },
  { action: 'sdb:Select', reason: 'Reads items from SimpleDB domains.' },
  { action: 'sdb:GetAttributes', reason: 'Reads the attributes of SimpleDB items.' },
  {
    action: 'mobiletargeting:GetEndpoint',
    reason: 'Returns Pinpoint endpoints: email addresses, phone numbers, device tokens.',
  },
  {
    action: 'codeartifact:ReadFromRepository',
    reason: 'Downloads packages from CodeArtifact repositories.',
  },
  {
    action: 'codeartifact:GetPackageVersionAsset',
    reason: 'Downloads the files of CodeArtifact package versions.',
  },
  {
    action: 'gamelift:GetInstanceAccess',
    reason: 'Returns credentials to log in to GameLift fleet instances.',
  },
  {
    action: 'amplify:GetApp',
    reason: "Returns Amplify apps' environment variables and basic authentication credentials.",
  },
  {
    action: 'codebuild:BatchGetProjects',
    reason: "Returns CodeBuild projects' plaintext environment variables.",
  },
  {
    action: 'batch:DescribeJobDefinitions',
    reason: 'Returns job definitions, including environment variables that often hold credentials.',
  },
  {
    action: 'elasticbeanstalk:DescribeConfigurationSettings',
    reason: "Returns Elastic Beanstalk environments' settings, environment properties included.",
  },
  {
    action: 'apprunner:DescribeService',
    reason: "Returns App Runner services' runtime environment variables.",
  },
  {
    action: 'connect:GetContactAttributes',
    reason:
      'Returns the attributes of Amazon Connect contacts: customer data from calls and chats.',
  },
  {
    action: 'lex:GetSession',
    reason: 'Returns Lex conversation sessions: the intents and slot values users gave.',
  },
  {
    action: 'transcribe:GetTranscriptionJob',
    reason: 'Returns a link to the transcript of a transcription job.',
  },
  { action: 'healthlake:ReadResource', reason: 'Reads FHIR resources: health records.' },
  {
    action: 'appconfig:GetConfiguration',
    reason: 'Returns application configuration data, which can hold secrets.',
  },
  {
    action: 'appconfig:GetHostedConfigurationVersion',
    reason: 'Returns the content of hosted configuration versions.',
  },
  { action: 'kendra:Query', reason: 'Searches Kendra indexes, returning excerpts of documents.' },
  { action: 'mediastore:GetObject', reason: 'Downloads objects from MediaStore containers.' },
];
