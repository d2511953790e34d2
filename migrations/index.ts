import type { Migration } from 'kysely';
import * as m001 from './001_foundation';
import * as m002 from './002_documents';
import * as m004 from './004_model_policy';
import * as m005 from './005_scorecard';
import * as m006 from './006_known_device';
import * as m007 from './007_boards';
import * as m008 from './008_board_ui';
import * as m009 from './009_hearings';
import * as m010 from './010_doc_comments';
import * as m011 from './011_projection_keys';
import * as m012 from './012_document_versions';
import * as m014 from './014_compaction_lease';
import * as m015 from './015_document_share';

/** Every migration, by name; names sort in the order they apply. Add new files here, after the last. */
export const migrations: Record<string, Migration> = {
	'001_foundation': m001,
	'002_documents': m002,
	'004_model_policy': m004,
	'005_scorecard': m005,
	'006_known_device': m006,
	'007_boards': m007,
	'008_board_ui': m008,
	'009_hearings': m009,
	'010_doc_comments': m010,
	'011_projection_keys': m011,
	'012_document_versions': m012,
	'014_compaction_lease': m014,
	'015_document_share': m015
};
