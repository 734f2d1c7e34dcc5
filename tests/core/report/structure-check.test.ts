import { describe, expect, it } from 'vitest';
import { structureNotice } from '../../../core/report/structure-check';
import { mustParse, readBundled, readFixture } from './report-fixtures';

describe('structureNotice', () => {
  it('says nothing for a report whose structure looks sound', () => {
    expect(structureNotice(mustParse(readBundled()))).toBeUndefined();
  });

  it('names the first doubts, and how many there are, for one that does not', () => {
    const notice = structureNotice(mustParse(readFixture('doubtful-structure')));
    expect(notice).toBe(
      '这份报告的结构有4处可疑：找到“名词解释”标题，但没有识别出词条；第二部分缺少（二）：（一）之后是（三）；第三部分（三、加强政府自身建设）下面没有正文等。',
    );
  });
});
