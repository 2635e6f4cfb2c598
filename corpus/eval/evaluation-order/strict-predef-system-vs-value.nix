{ system = throw "system"; value = throw "value"; }
