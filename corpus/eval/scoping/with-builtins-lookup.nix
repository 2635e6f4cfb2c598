with builtins; typeOf 1
