[ (throw "boom") ]
