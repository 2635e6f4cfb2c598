rec { __overrides = { }; inherit ({ a = 1; }) a; }
