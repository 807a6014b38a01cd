%# This is a cut down version of the problem ChinaTown, useful for code examples and very slow unit tests
% The Train set is the same as ChinaTown, but the test set is reduced from 340 cases to 22 cases
%
@problemName UnitTestTimeStamps
@timeStamps True
@missing false
@univariate true
@equalLength true
@seriesLength 4
@classLabel true 1 2
@data
(2007-01-01 00:00:00,241.97),(2007-01-01 00:01:00,241.75),(2007-01-01 00:02:00,241.64),(2007-01-01 00:03:00,241.71):1
(2007-01-01 01:36:00,239.91),(2007-01-01 01:37:00,240.89),(2007-01-01 01:38:00,240.01),(2007-01-01 01:39:00,239.63):1
(2008-09-09 20:56:00,4.0),(2008-09-09 20:57:00,0.0),(2008-09-09 20:58:00,1.0),(2008-09-09 20:59:00,11.0):2
(2008-09-09 18:50:00,1.0),(2008-09-09 18:51:00,0.0),(2008-09-09 18:52:00,1.0),(2008-09-09 18:53:00,1.0):2
