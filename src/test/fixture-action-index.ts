/**
 * The action index the audit's unit and golden tests run on: a frozen slice of the generated index
 * (the prefixes of the fixture catalog, plus dynamodb, iam and kms, with AWS's real action names and
 * access levels: 1,905 actions). It never follows an AWS data bump, so figures tests pin on it change
 * only when the code does.
 */
import { createActionIndex, type ActionIndex, type ActionIndexData } from '../catalog/action-index';
import data from './fixture-action-index.json';

/** The fixture action index. */
export const fixtureActionIndex: ActionIndex = createActionIndex(
  data as unknown as ActionIndexData,
);
