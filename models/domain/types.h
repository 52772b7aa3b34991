#pragma once
// Every value type Lifeboat keeps of an Atlas estate, for files that need most of them.
#include "domain/cluster.h"
#include "domain/compliance.h"
#include "domain/estate.h"
#include "domain/policy.h"
#include "domain/restorejob.h"
#include "domain/schedule.h"
#include "domain/snapshot.h"
#include "domain/tagged.h"
