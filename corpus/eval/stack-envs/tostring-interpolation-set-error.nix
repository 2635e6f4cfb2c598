"a${toString { }}"
