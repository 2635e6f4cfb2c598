[ (true == true) (true == false) (null == null) (null == false) ]
