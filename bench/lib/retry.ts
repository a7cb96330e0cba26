/** Runs `work`, trying again (up to `attempts` in all) when it throws; a busy machine can time out. */
export async function retry<T>(label: string, work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts) throw error;
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      console.warn(`  ${label}: attempt ${attempt} failed (${reason}); trying again`);
    }
  }
}
