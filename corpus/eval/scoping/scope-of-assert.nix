let c = true; in assert c; "ok"
