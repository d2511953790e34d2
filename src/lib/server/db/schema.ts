import type { Generated, Insertable, Selectable } from 'kysely';
import type { JurisdictionKind, Role } from '$lib/roles';
import type { ScorecardStatus, TacticKind, TargetKind } from '$lib/scorecard';
import type { HearingBody } from '$lib/hearings';

/** Every table of Playbook. Times are Unix milliseconds. */
export interface Database {
	user: UserTable;
	session: SessionTable;
	password_reset: PasswordResetTable;
	team: TeamTable;
	membership: MembershipTable;
	invite: InviteTable;
	document: DocumentTable;
	model_version: ModelVersionTable;
	adaptation: AdaptationTable;
	document_snapshot: DocumentSnapshotTable;
	document_compaction_lease: DocumentCompactionLeaseTable;
	document_share: DocumentShareTable;
	document_update: DocumentUpdateTable;
	target: TargetTable;
	scorecard_entry: ScorecardEntryTable;
	scorecard_change: ScorecardChangeTable;
	tactic: TacticTable;
	known_device: KnownDeviceTable;
	board_projection: BoardProjectionTable;
	campaign_board: CampaignBoardTable;
	card: CardTable;
	card_assignee: CardAssigneeTable;
	card_event: CardEventTable;
	card_comment: CardCommentTable;
	calendar_token: CalendarTokenTable;
	assignment_notice: AssignmentNoticeTable;
	document_version: DocumentVersionTable;
	hearing: HearingTable;
	testimony: TestimonyTable;
	hearing_prep: HearingPrepTable;
	doc_comment_thread: DocCommentThreadTable;
	doc_comment: DocCommentTable;
}

export interface UserTable {
	id: string;
	email: string;
	display_name: string;
	password_hash: string;
	is_admin: Generated<number>;
	locale: string | null;
	/** 1 when the person is emailed about cards assigned to them (when mail is configured). */
	assignment_email: Generated<number>;
	created_at: number;
}

export interface SessionTable {
	/** sha256 of the token, hex; the token itself is never stored. */
	id: string;
	user_id: string;
	expires_at: number;
	created_at: number;
}

export interface PasswordResetTable {
	/** sha256 of the link's token, hex. */
	id: string;
	user_id: string;
	expires_at: number;
	created_by: string | null;
	used_at: number | null;
	created_at: number;
}

export interface KnownDeviceTable {
	/** sha256 of the device cookie's token, hex. */
	id: string;
	user_id: string;
	created_at: number;
	last_used_at: number;
}

export interface TeamTable {
	id: string;
	slug: string;
	name: string;
	jurisdiction_kind: JurisdictionKind;
	jurisdiction_name: string;
	state: string;
	council_name: string | null;
	sheriff_office: string | null;
	police_department: string | null;
	jail: string | null;
	created_by: string;
	created_at: number;
}

export interface MembershipTable {
	team_id: string;
	user_id: string;
	role: Role;
	created_at: number;
}

export interface InviteTable {
	/** sha256 of the link's token, hex. */
	id: string;
	team_id: string;
	role: Role;
	expires_at: number;
	max_uses: number;
	uses: Generated<number>;
	revoked_at: number | null;
	created_by: string;
	created_at: number;
}

/** What a document is for: free-form documents, and the ones the playbook keeps one of. */
export type DocumentKind = 'doc' | 'policy' | 'talking_points' | 'model_draft' | 'board' | 'testimony';

export interface DocumentTable {
	id: string;
	/** Null for the campaign's own documents (the model draft), which only campaign admins open. */
	team_id: string | null;
	kind: Generated<DocumentKind>;
	title: string;
	created_by: string | null;
	created_at: number;
	updated_at: number;
	archived_at: number | null;
}

/** The compacted Yjs state of a document; `through_id` is the last update row merged into it. */
export interface DocumentSnapshotTable {
	document_id: string;
	data: Uint8Array;
	through_id: number;
	updated_at: number;
}

/** The one process allowed to compact a document's log until `expires_at` (ms). */
export interface DocumentCompactionLeaseTable {
	document_id: string;
	holder: string;
	expires_at: number;
}

/** A document shared with one person for review: they comment and suggest only. */
export interface DocumentShareTable {
	document_id: string;
	user_id: string;
	shared_by: string | null;
	created_at: number;
}

/** One accepted Yjs update, in arrival order. */
export interface DocumentUpdateTable {
	id: Generated<number>;
	document_id: string;
	data: Uint8Array;
	created_at: number;
}

export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type Team = Selectable<TeamTable>;
export type Membership = Selectable<MembershipTable>;
export type Invite = Selectable<InviteTable>;
export type Document = Selectable<DocumentTable>;

/** A published version of the model policy; never changed once written. */
export interface ModelVersionTable {
	version: number;
	notes: string;
	/** JSON of the version's ModelRule[]. */
	rules: string;
	published_by: string | null;
	published_at: number;
}

/** A team's adaptation of the model: its live policy document and the version it follows. */
export interface AdaptationTable {
	team_id: string;
	document_id: string;
	base_version: number;
	/** JSON of the SlotValues the rules were filled with, for refilling after a rename. */
	slot_values: string;
	created_by: string | null;
	created_at: number;
	updated_at: number;
}

/** Whom a team is trying to move on the rules: an agency or an elected body. */
export interface TargetTable {
	id: string;
	team_id: string;
	name: string;
	kind: TargetKind;
	created_at: number;
}

/** Where a target stands on one rule now; `as_of` is a YYYY-MM-DD date. */
export interface ScorecardEntryTable {
	target_id: string;
	rule_key: string;
	status: ScorecardStatus;
	note: string | null;
	source_url: string | null;
	as_of: string | null;
	updated_by: string | null;
	updated_at: number;
}

/** Every change to a scorecard entry, kept for the record. */
export interface ScorecardChangeTable {
	id: Generated<number>;
	target_id: string;
	rule_key: string;
	status: ScorecardStatus;
	note: string | null;
	source_url: string | null;
	as_of: string | null;
	changed_by: string | null;
	changed_at: number;
}

/** One thing a team did, on a YYYY-MM-DD date; `links` is JSON of TacticLink[]. */
export interface TacticTable {
	id: string;
	team_id: string;
	date: string;
	kind: TacticKind;
	target_id: string | null;
	summary: string;
	outcome: string | null;
	links: Generated<string>;
	created_by: string | null;
	created_at: number;
}

export type Target = Selectable<TargetTable>;
export type ScorecardEntry = Selectable<ScorecardEntryTable>;
export type Tactic = Selectable<TacticTable>;

/** How far a board's card rows are projected: the last update-log id folded in. */
export interface BoardProjectionTable {
	document_id: string;
	through_id: number;
	projected_at: number;
	/** Y.encodeStateVector of the document the rows were projected from (null before it was kept). */
	state_vector: Uint8Array | null;
}

/** One card of a board, projected from the board's Yjs state by the server (never written by a client). */
export interface CardTable {
	id: string;
	board_id: string;
	team_id: string;
	title: string;
	/** The column it shows in; the board's first column when its own was removed (`column_missing` 1). */
	column_id: string;
	column_name: string;
	column_missing: Generated<number>;
	position: string;
	done: Generated<number>;
	archived: Generated<number>;
	/** YYYY-MM-DD: the due day, or with a time the UTC day of `due_at`. */
	due_date: string | null;
	/** Unix ms when the due date has a time. */
	due_at: number | null;
	checklist_done: Generated<number>;
	checklist_total: Generated<number>;
	/** JSON of the card's label ids. */
	labels: Generated<string>;
	created_by: string | null;
	created_at: number;
	updated_at: number;
}

export interface CardAssigneeTable {
	board_id: string;
	card_id: string;
	user_id: string;
	team_id: string;
	assigned_by: string | null;
	assigned_at: number;
	/** 1 while the card is neither done nor archived (kept by the card projection). */
	open: Generated<number>;
	/** The card's due day, or its time as an ISO string in UTC, or '~' for no date: My tasks' order. */
	due_key: Generated<string>;
}

/** One change to a card, attributed by the server to the connection whose update made it. */
export interface CardEventTable {
	id: Generated<number>;
	board_id: string;
	card_id: string;
	user_id: string | null;
	kind: string;
	/** JSON: what changed, from and to. */
	detail: Generated<string>;
	created_at: number;
}

export interface CardCommentTable {
	id: string;
	board_id: string;
	card_id: string;
	team_id: string;
	author_id: string | null;
	body: string;
	created_at: number;
	edited_at: number | null;
}

/** A person's private calendar feed; `id` is the sha256 of the token in its URL, hex. */
export interface CalendarTokenTable {
	id: string;
	user_id: string;
	created_at: number;
}

/** An assignment to email its assignee about; several within a few minutes go out as one message. */
export interface AssignmentNoticeTable {
	id: Generated<number>;
	user_id: string;
	board_id: string;
	card_id: string;
	assigned_by: string | null;
	created_at: number;
	sent_at: number | null;
}

export type Card = Selectable<CardTable>;
export type CardComment = Selectable<CardCommentTable>;

/** Which board is a team's first ("Campaign"), so it is made once. */
export interface CampaignBoardTable {
	team_id: string;
	document_id: string;
}

/** A version of a rich-text document: an automatic checkpoint (name null) or one someone named. */
export interface DocumentVersionTable {
	id: Generated<number>;
	document_id: string;
	name: string | null;
	/** Y.encodeStateAsUpdate of the document at the time. */
	state: Uint8Array;
	/** Its body as ProseMirror JSON. */
	content: string;
	words: number;
	through_id: Generated<number>;
	created_by: string | null;
	created_at: number;
}
export type DocumentVersion = Selectable<DocumentVersionTable>;

/** A council or board hearing a team prepares for. Times are UTC ms; `time_zone` is the IANA zone they are given in. */
export interface HearingTable {
	id: string;
	team_id: string;
	body_kind: HearingBody;
	body_name: string | null;
	starts_at: number;
	time_zone: string;
	place: string | null;
	online_url: string | null;
	agenda_item: string | null;
	agenda_url: string | null;
	signup_deadline: number | null;
	written_deadline: number | null;
	speaking_limit_seconds: number | null;
	character_cap: number | null;
	/** JSON of HearingFormat[]. */
	formats: Generated<string>;
	printed_copies: number | null;
	created_by: string | null;
	created_at: number;
	updated_at: number;
}

/** The speaker's side of a testimony document (kind 'testimony'). */
export interface TestimonyTable {
	document_id: string;
	team_id: string;
	hearing_id: string | null;
	template: string | null;
	speaker_name: string | null;
	words_per_minute: Generated<number>;
	interpreter: Generated<number>;
	/** Set by hand, in seconds; null when estimated from the words. */
	speaking_seconds: number | null;
	created_at: number;
	updated_at: number;
}

/** The card set "Prepare for" put on a board, once per hearing. */
export interface HearingPrepTable {
	hearing_id: string;
	board_id: string;
	/** JSON of the card ids. */
	card_ids: Generated<string>;
	created_by: string | null;
	created_at: number;
}

export type Hearing = Selectable<HearingTable>;
export type Testimony = Selectable<TestimonyTable>;
/** A comment thread on a passage of a rich-text document; the passage is marked in the document with its id. */
export interface DocCommentThreadTable {
	id: string;
	document_id: string;
	team_id: string;
	created_by: string | null;
	created_at: number;
	/** The words it was opened on. */
	quote: string;
	resolved_at: number | null;
	resolved_by: string | null;
	/** Bumped on every change to the thread or its comments. */
	revision: Generated<number>;
}

export interface DocCommentTable {
	id: string;
	thread_id: string;
	document_id: string;
	author_id: string | null;
	body: string;
	created_at: number;
	/** Order within the thread. */
	seq: number;
	edited_at: number | null;
}
