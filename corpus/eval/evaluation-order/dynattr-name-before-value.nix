{ ${throw "name"} = throw "value"; }
