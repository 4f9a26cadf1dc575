/** Document properties: the add-on's durable state, shared by every user of this spreadsheet. */
export interface DocumentStore {
  get(key: string): string | null;
  getJson<T>(key: string, fallback: T): T;
  all(): Record<string, string>;
  set(values: Record<string, string>): void;
  setJson(key: string, value: unknown): void;
  remove(key: string): void;
}

export function documentStore(): DocumentStore {
  const props = PropertiesService.getDocumentProperties();
  let cache: Record<string, string> | null = null;
  const all = () => (cache ??= props.getProperties());
  return {
    get: (key) => all()[key] ?? null,
    getJson<T>(key: string, fallback: T): T {
      const raw = all()[key];
      if (raw === undefined) return fallback;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return fallback;
      }
    },
    all,
    set(values) {
      if (Object.keys(values).length === 0) return;
      props.setProperties(values);
      if (cache) Object.assign(cache, values);
    },
    setJson(key, value) {
      this.set({ [key]: JSON.stringify(value) });
    },
    remove(key) {
      props.deleteProperty(key);
      if (cache) delete cache[key];
    },
  };
}
