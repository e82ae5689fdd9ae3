package io.github.hubspotapt;

/**
 * Icon names for {@link CrmBulkAction#icon()}, e.g. {@code icon = BulkActionIcon.RIGHT}.
 *
 * <p>The icon names of {@code @hubspot/ui-extensions} 0.17.0 ({@code iconNames}), the list the
 * processor checks against ({@code HS-BULK-ACTION-ICON}). Constant names are the icon names in
 * upper case with '_' between the words of the camel-case name: {@code callingHangup} is {@link
 * #CALLING_HANGUP}, {@code hubDB} is {@link #HUB_DB}. A plain string keeps working.
 */
public final class BulkActionIcon {

  /** The {@code add} icon. */
  public static final String ADD = "add";

  /** The {@code appointment} icon. */
  public static final String APPOINTMENT = "appointment";

  /** The {@code approvals} icon. */
  public static final String APPROVALS = "approvals";

  /** The {@code artificialIntelligence} icon. */
  public static final String ARTIFICIAL_INTELLIGENCE = "artificialIntelligence";

  /** The {@code artificialIntelligenceEnhanced} icon. */
  public static final String ARTIFICIAL_INTELLIGENCE_ENHANCED = "artificialIntelligenceEnhanced";

  /** The {@code attach} icon. */
  public static final String ATTACH = "attach";

  /** The {@code bank} icon. */
  public static final String BANK = "bank";

  /** The {@code block} icon. */
  public static final String BLOCK = "block";

  /** The {@code book} icon. */
  public static final String BOOK = "book";

  /** The {@code bulb} icon. */
  public static final String BULB = "bulb";

  /** The {@code callTranscript} icon. */
  public static final String CALL_TRANSCRIPT = "callTranscript";

  /** The {@code calling} icon. */
  public static final String CALLING = "calling";

  /** The {@code callingHangup} icon. */
  public static final String CALLING_HANGUP = "callingHangup";

  /** The {@code callingMade} icon. */
  public static final String CALLING_MADE = "callingMade";

  /** The {@code callingMissed} icon. */
  public static final String CALLING_MISSED = "callingMissed";

  /** The {@code callingVoicemail} icon. */
  public static final String CALLING_VOICEMAIL = "callingVoicemail";

  /** The {@code campaigns} icon. */
  public static final String CAMPAIGNS = "campaigns";

  /** The {@code cap} icon. */
  public static final String CAP = "cap";

  /** The {@code checkCircle} icon. */
  public static final String CHECK_CIRCLE = "checkCircle";

  /** The {@code circleFilled} icon. */
  public static final String CIRCLE_FILLED = "circleFilled";

  /** The {@code circleHollow} icon. */
  public static final String CIRCLE_HOLLOW = "circleHollow";

  /** The {@code clock} icon. */
  public static final String CLOCK = "clock";

  /** The {@code comment} icon. */
  public static final String COMMENT = "comment";

  /** The {@code contact} icon. */
  public static final String CONTACT = "contact";

  /** The {@code copy} icon. */
  public static final String COPY = "copy";

  /** The {@code crm} icon. */
  public static final String CRM = "crm";

  /** The {@code dataSync} icon. */
  public static final String DATA_SYNC = "dataSync";

  /** The {@code date} icon. */
  public static final String DATE = "date";

  /** The {@code delay} icon. */
  public static final String DELAY = "delay";

  /** The {@code delete} icon. */
  public static final String DELETE = "delete";

  /** The {@code description} icon. */
  public static final String DESCRIPTION = "description";

  /** The {@code developerProjects} icon. */
  public static final String DEVELOPER_PROJECTS = "developerProjects";

  /** The {@code documents} icon. */
  public static final String DOCUMENTS = "documents";

  /** The {@code downCarat} icon. */
  public static final String DOWN_CARAT = "downCarat";

  /** The {@code download} icon. */
  public static final String DOWNLOAD = "download";

  /** The {@code edit} icon. */
  public static final String EDIT = "edit";

  /** The {@code ellipses} icon. */
  public static final String ELLIPSES = "ellipses";

  /** The {@code email} icon. */
  public static final String EMAIL = "email";

  /** The {@code emailOpen} icon. */
  public static final String EMAIL_OPEN = "emailOpen";

  /** The {@code emailThreadedReplies} icon. */
  public static final String EMAIL_THREADED_REPLIES = "emailThreadedReplies";

  /** The {@code enrichment} icon. */
  public static final String ENRICHMENT = "enrichment";

  /** The {@code enroll} icon. */
  public static final String ENROLL = "enroll";

  /** The {@code exclamation} icon. */
  public static final String EXCLAMATION = "exclamation";

  /** The {@code exclamationCircle} icon. */
  public static final String EXCLAMATION_CIRCLE = "exclamationCircle";

  /** The {@code faceHappy} icon. */
  public static final String FACE_HAPPY = "faceHappy";

  /** The {@code faceHappyFilled} icon. */
  public static final String FACE_HAPPY_FILLED = "faceHappyFilled";

  /** The {@code faceNeutral} icon. */
  public static final String FACE_NEUTRAL = "faceNeutral";

  /** The {@code faceNeutralFilled} icon. */
  public static final String FACE_NEUTRAL_FILLED = "faceNeutralFilled";

  /** The {@code faceSad} icon. */
  public static final String FACE_SAD = "faceSad";

  /** The {@code faceSadFilled} icon. */
  public static final String FACE_SAD_FILLED = "faceSadFilled";

  /** The {@code facebook} icon. */
  public static final String FACEBOOK = "facebook";

  /** The {@code favoriteHollow} icon. */
  public static final String FAVORITE_HOLLOW = "favoriteHollow";

  /** The {@code file} icon. */
  public static final String FILE = "file";

  /** The {@code filledXCircleIcon} icon. */
  public static final String FILLED_X_CIRCLE_ICON = "filledXCircleIcon";

  /** The {@code filter} icon. */
  public static final String FILTER = "filter";

  /** The {@code flame} icon. */
  public static final String FLAME = "flame";

  /** The {@code folder} icon. */
  public static final String FOLDER = "folder";

  /** The {@code folderOpen} icon. */
  public static final String FOLDER_OPEN = "folderOpen";

  /** The {@code forward} icon. */
  public static final String FORWARD = "forward";

  /** The {@code gauge} icon. */
  public static final String GAUGE = "gauge";

  /** The {@code generateChart} icon. */
  public static final String GENERATE_CHART = "generateChart";

  /** The {@code gift} icon. */
  public static final String GIFT = "gift";

  /** The {@code globe} icon. */
  public static final String GLOBE = "globe";

  /** The {@code globeLine} icon. */
  public static final String GLOBE_LINE = "globeLine";

  /** The {@code goal} icon. */
  public static final String GOAL = "goal";

  /** The {@code googlePlus} icon. */
  public static final String GOOGLE_PLUS = "googlePlus";

  /** The {@code guidedActions} icon. */
  public static final String GUIDED_ACTIONS = "guidedActions";

  /** The {@code hash} icon. */
  public static final String HASH = "hash";

  /** The {@code hide} icon. */
  public static final String HIDE = "hide";

  /** The {@code home} icon. */
  public static final String HOME = "home";

  /** The {@code hubDB} icon. */
  public static final String HUB_DB = "hubDB";

  /** The {@code image} icon. */
  public static final String IMAGE = "image";

  /** The {@code imageGallery} icon. */
  public static final String IMAGE_GALLERY = "imageGallery";

  /** The {@code inbox} icon. */
  public static final String INBOX = "inbox";

  /** The {@code info} icon. */
  public static final String INFO = "info";

  /** The {@code infoNoCircle} icon. */
  public static final String INFO_NO_CIRCLE = "infoNoCircle";

  /** The {@code insertVideo} icon. */
  public static final String INSERT_VIDEO = "insertVideo";

  /** The {@code instagram} icon. */
  public static final String INSTAGRAM = "instagram";

  /** The {@code integrations} icon. */
  public static final String INTEGRATIONS = "integrations";

  /** The {@code invoice} icon. */
  public static final String INVOICE = "invoice";

  /** The {@code key} icon. */
  public static final String KEY = "key";

  /** The {@code language} icon. */
  public static final String LANGUAGE = "language";

  /** The {@code left} icon. */
  public static final String LEFT = "left";

  /** The {@code lessCircle} icon. */
  public static final String LESS_CIRCLE = "lessCircle";

  /** The {@code lesson} icon. */
  public static final String LESSON = "lesson";

  /** The {@code light} icon. */
  public static final String LIGHT = "light";

  /** The {@code link} icon. */
  public static final String LINK = "link";

  /** The {@code linkedin} icon. */
  public static final String LINKEDIN = "linkedin";

  /** The {@code listView} icon. */
  public static final String LIST_VIEW = "listView";

  /** The {@code location} icon. */
  public static final String LOCATION = "location";

  /** The {@code locked} icon. */
  public static final String LOCKED = "locked";

  /** The {@code mention} icon. */
  public static final String MENTION = "mention";

  /** The {@code messages} icon. */
  public static final String MESSAGES = "messages";

  /** The {@code mobile} icon. */
  public static final String MOBILE = "mobile";

  /** The {@code moreCircle} icon. */
  public static final String MORE_CIRCLE = "moreCircle";

  /** The {@code notEditable} icon. */
  public static final String NOT_EDITABLE = "notEditable";

  /** The {@code notification} icon. */
  public static final String NOTIFICATION = "notification";

  /** The {@code notificationOff} icon. */
  public static final String NOTIFICATION_OFF = "notificationOff";

  /** The {@code objectAssociations} icon. */
  public static final String OBJECT_ASSOCIATIONS = "objectAssociations";

  /** The {@code objectAssociationsManyToMany} icon. */
  public static final String OBJECT_ASSOCIATIONS_MANY_TO_MANY = "objectAssociationsManyToMany";

  /** The {@code objectAssociationsManyToOne} icon. */
  public static final String OBJECT_ASSOCIATIONS_MANY_TO_ONE = "objectAssociationsManyToOne";

  /** The {@code office365} icon. */
  public static final String OFFICE365 = "office365";

  /** The {@code order} icon. */
  public static final String ORDER = "order";

  /** The {@code paymentSubscriptions} icon. */
  public static final String PAYMENT_SUBSCRIPTIONS = "paymentSubscriptions";

  /** The {@code pin} icon. */
  public static final String PIN = "pin";

  /** The {@code pinterest} icon. */
  public static final String PINTEREST = "pinterest";

  /** The {@code powerPointFile} icon. */
  public static final String POWER_POINT_FILE = "powerPointFile";

  /** The {@code presentation} icon. */
  public static final String PRESENTATION = "presentation";

  /** The {@code product} icon. */
  public static final String PRODUCT = "product";

  /** The {@code publish} icon. */
  public static final String PUBLISH = "publish";

  /** The {@code question} icon. */
  public static final String QUESTION = "question";

  /** The {@code questionAnswer} icon. */
  public static final String QUESTION_ANSWER = "questionAnswer";

  /** The {@code questionCircle} icon. */
  public static final String QUESTION_CIRCLE = "questionCircle";

  /** The {@code quickbooks} icon. */
  public static final String QUICKBOOKS = "quickbooks";

  /** The {@code quote} icon. */
  public static final String QUOTE = "quote";

  /** The {@code readMore} icon. */
  public static final String READ_MORE = "readMore";

  /** The {@code readOnlyView} icon. */
  public static final String READ_ONLY_VIEW = "readOnlyView";

  /** The {@code realEstateListing} icon. */
  public static final String REAL_ESTATE_LISTING = "realEstateListing";

  /** The {@code recentlySelected} icon. */
  public static final String RECENTLY_SELECTED = "recentlySelected";

  /** The {@code record} icon. */
  public static final String RECORD = "record";

  /** The {@code redo} icon. */
  public static final String REDO = "redo";

  /** The {@code refresh} icon. */
  public static final String REFRESH = "refresh";

  /** The {@code registration} icon. */
  public static final String REGISTRATION = "registration";

  /** The {@code remove} icon. */
  public static final String REMOVE = "remove";

  /** The {@code replace} icon. */
  public static final String REPLACE = "replace";

  /** The {@code reports} icon. */
  public static final String REPORTS = "reports";

  /** The {@code right} icon. */
  public static final String RIGHT = "right";

  /** The {@code robot} icon. */
  public static final String ROBOT = "robot";

  /** The {@code rotate} icon. */
  public static final String ROTATE = "rotate";

  /** The {@code rss} icon. */
  public static final String RSS = "rss";

  /** The {@code salesQuote} icon. */
  public static final String SALES_QUOTE = "salesQuote";

  /** The {@code salesTemplates} icon. */
  public static final String SALES_TEMPLATES = "salesTemplates";

  /** The {@code save} icon. */
  public static final String SAVE = "save";

  /** The {@code search} icon. */
  public static final String SEARCH = "search";

  /** The {@code send} icon. */
  public static final String SEND = "send";

  /** The {@code sequences} icon. */
  public static final String SEQUENCES = "sequences";

  /** The {@code settings} icon. */
  public static final String SETTINGS = "settings";

  /** The {@code shoppingCart} icon. */
  public static final String SHOPPING_CART = "shoppingCart";

  /** The {@code signal} icon. */
  public static final String SIGNAL = "signal";

  /** The {@code signalPoor} icon. */
  public static final String SIGNAL_POOR = "signalPoor";

  /** The {@code signature} icon. */
  public static final String SIGNATURE = "signature";

  /** The {@code snooze} icon. */
  public static final String SNOOZE = "snooze";

  /** The {@code sortAlpAsc} icon. */
  public static final String SORT_ALP_ASC = "sortAlpAsc";

  /** The {@code sortAlpDesc} icon. */
  public static final String SORT_ALP_DESC = "sortAlpDesc";

  /** The {@code sortAmtAsc} icon. */
  public static final String SORT_AMT_ASC = "sortAmtAsc";

  /** The {@code sortAmtDesc} icon. */
  public static final String SORT_AMT_DESC = "sortAmtDesc";

  /** The {@code sortNumAsc} icon. */
  public static final String SORT_NUM_ASC = "sortNumAsc";

  /** The {@code sortNumDesc} icon. */
  public static final String SORT_NUM_DESC = "sortNumDesc";

  /** The {@code sortTableAsc} icon. */
  public static final String SORT_TABLE_ASC = "sortTableAsc";

  /** The {@code sortTableDesc} icon. */
  public static final String SORT_TABLE_DESC = "sortTableDesc";

  /** The {@code spellCheck} icon. */
  public static final String SPELL_CHECK = "spellCheck";

  /** The {@code sprocket} icon. */
  public static final String SPROCKET = "sprocket";

  /** The {@code star} icon. */
  public static final String STAR = "star";

  /** The {@code stopRecord} icon. */
  public static final String STOP_RECORD = "stopRecord";

  /** The {@code strike} icon. */
  public static final String STRIKE = "strike";

  /** The {@code styles} icon. */
  public static final String STYLES = "styles";

  /** The {@code success} icon. */
  public static final String SUCCESS = "success";

  /** The {@code tablet} icon. */
  public static final String TABLET = "tablet";

  /** The {@code tag} icon. */
  public static final String TAG = "tag";

  /** The {@code tasks} icon. */
  public static final String TASKS = "tasks";

  /** The {@code test} icon. */
  public static final String TEST = "test";

  /** The {@code text} icon. */
  public static final String TEXT = "text";

  /** The {@code textBodyExpanded} icon. */
  public static final String TEXT_BODY_EXPANDED = "textBodyExpanded";

  /** The {@code textColor} icon. */
  public static final String TEXT_COLOR = "textColor";

  /** The {@code textDataType} icon. */
  public static final String TEXT_DATA_TYPE = "textDataType";

  /** The {@code textSnippet} icon. */
  public static final String TEXT_SNIPPET = "textSnippet";

  /** The {@code thumbsDown} icon. */
  public static final String THUMBS_DOWN = "thumbsDown";

  /** The {@code thumbsUp} icon. */
  public static final String THUMBS_UP = "thumbsUp";

  /** The {@code ticket} icon. */
  public static final String TICKET = "ticket";

  /** The {@code translate} icon. */
  public static final String TRANSLATE = "translate";

  /** The {@code trophy} icon. */
  public static final String TROPHY = "trophy";

  /** The {@code twitter} icon. */
  public static final String TWITTER = "twitter";

  /** The {@code undo} icon. */
  public static final String UNDO = "undo";

  /** The {@code upCarat} icon. */
  public static final String UP_CARAT = "upCarat";

  /** The {@code upload} icon. */
  public static final String UPLOAD = "upload";

  /** The {@code video} icon. */
  public static final String VIDEO = "video";

  /** The {@code videoFile} icon. */
  public static final String VIDEO_FILE = "videoFile";

  /** The {@code videoPlayerSubtitles} icon. */
  public static final String VIDEO_PLAYER_SUBTITLES = "videoPlayerSubtitles";

  /** The {@code view} icon. */
  public static final String VIEW = "view";

  /** The {@code viewDetails} icon. */
  public static final String VIEW_DETAILS = "viewDetails";

  /** The {@code warning} icon. */
  public static final String WARNING = "warning";

  /** The {@code website} icon. */
  public static final String WEBSITE = "website";

  /** The {@code workflows} icon. */
  public static final String WORKFLOWS = "workflows";

  /** The {@code x} icon. */
  public static final String X = "x";

  /** The {@code xCircle} icon. */
  public static final String X_CIRCLE = "xCircle";

  /** The {@code xing} icon. */
  public static final String XING = "xing";

  /** The {@code youtube} icon. */
  public static final String YOUTUBE = "youtube";

  /** The {@code youtubePlay} icon. */
  public static final String YOUTUBE_PLAY = "youtubePlay";

  /** The {@code zoomIn} icon. */
  public static final String ZOOM_IN = "zoomIn";

  /** The {@code zoomOut} icon. */
  public static final String ZOOM_OUT = "zoomOut";

  /** Constants only. */
  private BulkActionIcon() {}
}
