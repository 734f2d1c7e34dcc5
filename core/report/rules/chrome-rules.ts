/**
 * Page chrome: what a website, a scraper or a wiki puts around a report (share bars, navigation, copyright and
 * licence lines, editor credits, page numbers). One named rule per shape, with the reason the reader shows for
 * setting it aside; a new shape is a new row.
 */

export interface ChromeRule {
  name: string;
  /** Shown to the user beside the text that was set aside (zh-CN). */
  reason: string;
  /** Tested against the paragraph's folded text with spaces removed. */
  pattern: RegExp;
  /** Longest paragraph (in characters) the rule applies to: chrome is short, report prose is not. */
  maxLength: number;
  /**
   * The short lines after it belong to it too (the buttons of a share bar, the titles under 相关文章, the words
   * under 标签：), up to the first line of prose.
   */
  takesFollowing?: boolean;
  /** What the lines it takes along must look like, when not just any short line. */
  following?: RegExp;
  /** Only on the title page, before the body starts (a bare number there is a view counter, elsewhere a table cell). */
  frontOnly?: boolean;
}

export const CHROME_RULES: readonly ChromeRule[] = [
  {
    name: 'share-bar',
    reason: '网页分享栏',
    pattern: /^(?:分享到|分享至|一键分享|分享)[：:]?/,
    maxLength: 40,
    takesFollowing: true,
    following:
      /^(?:qq空间|qq好友|qq|新浪微博|腾讯微博|微博|微信|朋友圈|人人网|开心网|百度空间|百度贴吧|百度|和讯|天涯社区|豆瓣|网易微博|搜狐微博|facebook|twitter|linkedin|复制链接|更多|[|｜/·]+)$/i,
  },
  {
    name: 'site-navigation',
    reason: '网页导航与相关链接',
    pattern:
      /^(?:上一篇|下一篇|上一条|下一条|相关文章|相关阅读|相关链接|相关新闻|相关评论|相关推荐|本栏最新|本栏推荐|栏目推荐|阅读排行|热门文章|热门推荐|推荐阅读|最新文章|猜你喜欢|延伸阅读|标签云|热门标签|网站地图|返回顶部|返回首页|返回列表|当前位置|您现在的位置|您的位置)[：:]?/,
    maxLength: 60,
    takesFollowing: true,
  },
  {
    name: 'tags',
    reason: '网页标签',
    pattern: /^(?:标签|关键词|关键字|tags?)[：:]/i,
    maxLength: 60,
    takesFollowing: true,
  },
  {
    name: 'page-tools',
    reason: '网页工具栏',
    pattern:
      /^[【[]?(?:打印本页|打印|关闭窗口|关闭|纠错|收藏|字号|字体|大中小|默认|扫一扫|扫码|手机扫一扫|微信扫一扫)[】\]]?(?:[：:]|$)|^字号[：:]|^【(?:打印|关闭|纠错|大|中|小)】/,
    maxLength: 40,
  },
  {
    name: 'site-header',
    reason: '网页信息栏（发布时间、作者、阅读数）',
    pattern:
      /^(?:(?:时间|发布时间|发布日期|日期)[：:].*(?:作者|来源|阅读|浏览|点击)[：:]|(?:阅读|浏览|点击|评论|阅读量|浏览量|浏览次数|点击数|访问量)(?:[：:]\d*|\d+次?)$|内容摘要[：:]?$|【?字体[：:])/,
    maxLength: 200,
    frontOnly: true,
  },
  {
    name: 'site-category',
    reason: '网页导航与相关链接',
    pattern:
      /^(?:工作报告|首页|政务公开|信息公开|政府信息公开|政策文件|政策法规|新闻中心|要闻动态|通知公告|规划计划)$/,
    maxLength: 8,
    frontOnly: true,
  },
  {
    name: 'counter',
    reason: '网页信息栏（发布时间、作者、阅读数）',
    pattern: /^\d{1,7}$/,
    maxLength: 7,
    frontOnly: true,
  },
  {
    name: 'disclaimer',
    reason: '网站免责声明',
    pattern:
      /免责声明|本站为非营利性网站|不代表本站(?:观点|立场)|仅代表作者(?:个人)?观点|未经(?:本站)?(?:许可|授权)[，,]?不得转载|转载请注明|如有侵权|若对您造成了侵权|侵权请联系|请联系本站/,
    maxLength: 200,
  },
  {
    name: 'copyright',
    reason: '网站版权信息',
    pattern:
      /版权所有|^copyright|^©|^\(c\)|allrightsreserved|主办单位[：:]|承办单位[：:]|技术支持[：:]|网站标识码/i,
    maxLength: 160,
  },
  {
    name: 'icp',
    reason: '网站备案信息',
    pattern: /icp备|icp证|公网安备|网安备\d/i,
    maxLength: 160,
  },
  {
    name: 'editor-credit',
    reason: '编辑署名',
    pattern:
      /^[（(【[]?(?:责任编辑|责编|编辑|校对|审核|审校|终审|签发|值班编辑|网络编辑|美编|记者|通讯员|撰稿|供稿)[：:][^。；！？]{0,30}[）)】\]]?$/,
    maxLength: 40,
  },
  {
    name: 'licence',
    reason: '网站的版权许可说明',
    pattern:
      /^本作品(?:是|在|采用|属于|根据|来自)|^publicdomain$|知识共享(?:许可|协议|署名)|creativecommons|^ccby|维基文库|wikisource|^本文(?:来自|转自|来源于|转载自)/i,
    maxLength: 300,
  },
  {
    name: 'scraper-leftover',
    reason: '抓取网页时留下的无用字符',
    pattern: /^(?:(?:true|false|null|undefined|nan|publicdomain)+|&[a-z]+;?|\.{3,}|…+)$/i,
    maxLength: 48,
  },
  {
    name: 'page-number',
    reason: '页码',
    pattern:
      /^(?:[-—–－·]\d{1,4}[-—–－·]|第\d{1,4}页(?:[,，/共]\d{1,4}页?)?|\d{1,4}\/\d{1,4}|page\d{1,4}(?:of\d{1,4})?)$/i,
    maxLength: 16,
  },
  {
    name: 'web-address',
    reason: '网址',
    pattern: /^(?:网址[：:]|链接[：:]|原文链接[：:])?(?:https?:\/\/|www\.)[\w\-./?%&=#:~+]+$/i,
    maxLength: 300,
  },
];

/** Lines that a list-like chrome rule takes along: short, no sentence stop, not a numbered heading. */
export const FOLLOWING_MAX_LENGTH = 40;
