builtins.toXML ({ b, a ? 1, ... }: a)
