builtins.splitVersion "1+2_3~rc"
