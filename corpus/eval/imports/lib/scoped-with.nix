with builtins; typeOf x
