/** The runtime workbook shared by Spreadsheet, Sheet and Range objects: the model, the context and object caches. */
import type { EmulatorContext } from '../core/context';
import { areaToA1, quoteSheetName, type Area } from './a1';
import { MAX_CELLS, type BookModel, type RangeRef, type SheetModel } from './model';
import { EmRange } from './range';
import { EmSheet } from './sheet';
import type { RangeCodec } from './validation';
import { isDate, readValue } from './cell-values';
import type { CellValue } from './model';

export class Book {
  private sheets = new Map<SheetModel, EmSheet>();
  /** The Spreadsheet object scripts see (set by the spreadsheet once built). */
  spreadsheet: unknown = null;
  readonly toasts: { message: string; title: string; timeoutSeconds: number; at: Date }[] = [];

  readonly codec: RangeCodec = {
    toRef: (range: unknown): RangeRef => {
      const ref = (range as { __ref?: () => RangeRef }).__ref?.();
      if (!ref) throw new Error('Invalid argument: range');
      return ref;
    },
    toRange: (ref: RangeRef): unknown => {
      const sheet = this.model.sheetById(ref.sheetId);
      return sheet ? this.range(sheet, ref.area) : null;
    },
  };

  constructor(
    readonly ctx: EmulatorContext,
    readonly model: BookModel,
  ) {}

  get tz(): string {
    return this.ctx.timeZone;
  }

  get locale(): string {
    return this.model.locale;
  }

  /** Counts one round trip; done before the work since the call log may stop the execution. */
  record(method: string, cells = 0): void {
    this.ctx.calls.record('spreadsheet', method, cells);
    if (this.ctx.quirks?.failingMethods?.has(method)) throw new Error(`Exception: ${method} is not available.`);
  }

  /** The value a script reads (quirks: Dates of another realm). */
  read(v: CellValue | undefined): CellValue {
    const value = readValue(v);
    const make = this.ctx.quirks?.makeDate;
    return make && isDate(value) ? make(value.getTime()) : value;
  }

  sheet(model: SheetModel): EmSheet {
    let s = this.sheets.get(model);
    if (!s) {
      s = new EmSheet(this, model);
      this.sheets.set(model, s);
    }
    return s;
  }

  range(model: SheetModel, area: Area): EmRange {
    return new EmRange(this, model, area);
  }

  refToA1(ref: RangeRef): string {
    const sheet = this.model.sheetById(ref.sheetId);
    return `${quoteSheetName(sheet?.name ?? '#REF')}!${areaToA1(ref.area)}`;
  }

  /** Throws Google's message when adding `extra` cells would pass the 10 million cells of a workbook. */
  checkCellLimit(extra: number): void {
    if (this.model.cellCount() + extra > MAX_CELLS) {
      throw new Error(`This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
    }
  }
}
