import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Settings read from the environment; every one has a default that needs nothing. */
export interface Config {
	port: number;
	host: string;
	dataDir: string;
	/** A PostgreSQL URL to keep everything there instead of in the data directory's SQLite file. */
	databaseUrl: string | undefined;
	/** A Redis URL: processes tell each other of every stored edit and presence through it, and share sign-in throttles and connection limits. */
	redisUrl: string | undefined;
	/** The public URL, when set; otherwise the request's own Host is trusted. */
	origin: string | undefined;
	smtpUrl: string | undefined;
	mailFrom: string;
	logLevel: string;
	/** How long a graceful shutdown may take before the process exits anyway, with 1. */
	shutdownTimeoutMs: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
	const dataDir = resolve(env.DATA_DIR || './data');
	mkdirSync(dataDir, { recursive: true });
	const databaseUrl = env.DATABASE_URL || undefined;
	if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
		throw new Error('DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:5432/name); leave it unset to use SQLite in DATA_DIR');
	}
	const redisUrl = env.REDIS_URL || undefined;
	if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) {
		throw new Error('REDIS_URL must be a Redis URL (redis://host:6379 or rediss://...); leave it unset for a single process');
	}
	const shutdownTimeoutMs = Number(env.SHUTDOWN_TIMEOUT_MS || 10_000);
	if (!Number.isInteger(shutdownTimeoutMs) || shutdownTimeoutMs <= 0) {
		throw new Error('SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds above 0 (10000 when unset)');
	}
	return {
		port: Number(env.PORT || 3000),
		host: env.HOST || '0.0.0.0',
		dataDir,
		databaseUrl,
		redisUrl,
		origin: env.ORIGIN ? env.ORIGIN.replace(/\/$/, '') : undefined,
		smtpUrl: env.SMTP_URL || undefined,
		mailFrom: env.MAIL_FROM || 'Playbook <no-reply@playbook.local>',
		logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'warn' : 'info'),
		shutdownTimeoutMs
	};
}

/** Cookies are marked Secure when the public URL is https. */
export function secureCookies(config: Config): boolean {
	return config.origin?.startsWith('https://') ?? false;
}
