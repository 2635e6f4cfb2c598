{ lib }:
let
  inherit (builtins) stringLength substring head tail isString replaceStrings;
in
rec {
  concatStrings = builtins.concatStringsSep "";

  concatMapStrings = f: list: concatStrings (map f list);

  concatImapStrings = f: list: concatStrings (lib.imap1 f list);

  intersperse = separator: list:
    if list == [ ] || builtins.length list == 1
    then list
    else tail (lib.concatMap (x: [ separator x ]) list);

  concatStringsSep = builtins.concatStringsSep or (separator: list:
    lib.foldl' (x: y: x + y) "" (intersperse separator list));

  makeSearchPath = subDir: paths:
    concatStringsSep ":" (map (path: path + "/" + subDir) (builtins.filter (x: x != null) paths));

  optionalString = cond: string: if cond then string else "";

  hasPrefix = pref: str: substring 0 (stringLength pref) str == pref;

  hasSuffix = suffix: content:
    let
      lenContent = stringLength content;
      lenSuffix = stringLength suffix;
    in lenContent >= lenSuffix &&
       substring (lenContent - lenSuffix) lenContent content == suffix;

  stringToCharacters = s:
    map (p: substring p 1 s) (lib.range 0 (stringLength s - 1));

  escape = list: replaceStrings list (map (c: "\\${c}") list);

  escapeShellArg = arg: "'${replaceStrings [ "'" ] [ "'\\''" ] (toString arg)}'";

  escapeShellArgs = concatMapStringsSep " " escapeShellArg;

  escapeNixString = s: escape [ "$" ] (builtins.toJSON s);

  escapeRegex = escape (stringToCharacters "\\[{()^$?*+|.");

  concatMapStringsSep = sep: f: list: concatStringsSep sep (map f list);

  toUpper = replaceStrings lowerChars upperChars;
  toLower = replaceStrings upperChars lowerChars;

  lowerChars = stringToCharacters "abcdefghijklmnopqrstuvwxyz";
  upperChars = stringToCharacters "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  addContextFrom = a: b: substring 0 0 a + b;

  splitString = _sep: _s:
    let
      sep = builtins.unsafeDiscardStringContext _sep;
      s = builtins.unsafeDiscardStringContext _s;
      splits = builtins.filter builtins.isString (builtins.split (escapeRegex sep) s);
    in
      map (v: addContextFrom _sep (addContextFrom _s v)) splits;

  removePrefix = prefix: str:
    let preLen = stringLength prefix; sLen = stringLength str;
    in if hasPrefix prefix str then substring preLen (sLen - preLen) str else str;

  removeSuffix = suffix: str:
    let sufLen = stringLength suffix; sLen = stringLength str;
    in if sufLen <= sLen && suffix == substring (sLen - sufLen) sufLen str
       then substring 0 (sLen - sufLen) str
       else str;

  versionOlder = v1: v2: builtins.compareVersions v2 v1 == 1;
  versionAtLeast = v1: v2: !versionOlder v1 v2;

  getName = x:
    let parse = drv: (builtins.parseDrvName drv).name;
    in if isString x then parse x else x.pname or (parse x.name);

  nameFromURL = url: sep:
    let
      components = splitString "/" url;
      filename = lib.last components;
      name = head (splitString sep filename);
    in assert name != filename; name;

  enableFeature = enable: feat:
    assert isString feat;
    "--${if enable then "enable" else "disable"}-${feat}";

  withFeatureAs = with_: feat: value: withFeature with_ feat + optionalString with_ "=${value}";

  withFeature = with_: feat: "--${if with_ then "with" else "without"}-${feat}";

  fixedWidthString = width: filler: str:
    let
      strw = lib.stringLength str;
      reqWidth = width - (lib.stringLength filler);
    in
      assert lib.assertMsg (strw <= width) "fixedWidthString: requested string length (${toString width}) must not be shorter than actual length (${toString strw})";
      if strw == width then str else filler + fixedWidthString reqWidth filler str;

  isStorePath = x: isString x && builtins.substring 0 1 (toString x) == "/" && dirOf x == builtins.storeDir;
}
