with { }; { inherit foo bar; }
