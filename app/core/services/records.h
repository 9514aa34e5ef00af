#pragma once

// The values the services hand to front ends, under the services' own names: the window and the
// commands include this and the service headers, never a store header (DESIGN: front ends reach
// the store only through services/; test_layering checks it). They are the store's own structs,
// so nothing is copied on the way.
#include "mapping/customfield.h"
#include "store/activityrepository.h"
#include "store/database.h"
#include "store/deliveryrepository.h"
#include "store/headersjson.h"
#include "store/rejectionlog.h"
#include "store/savedrequest.h"
#include "store/sentrequest.h"
#include "store/userrepository.h"
#include "store/webhookrepository.h"

namespace hb::services {

using Connection = store::Database; // what a StoreExecutor job is given
using DeliveryRecord = store::DeliveryRecord;
using DeliveryFilter = store::DeliveryFilter;
using DeliveryCounts = store::DeliveryCounts;
using RejectedRequest = store::RejectedRequest;
using StoredWebhook = store::StoredWebhook;
using User = store::User;
using CustomField = mapping::CustomField;
using HistoryEntry = store::HistoryEntry;
using GamificationEntry = store::GamificationEntry;
using MessageEntry = store::MessageEntry;
using Channel = store::Channel;
using SavedRequest = store::SavedRequest;
using SentRequest = store::SentRequest;

// The refused-requests log keeps this many entries, each with this much of its body.
inline constexpr int refusedLogSize = store::RejectionLog::keep;
inline constexpr int refusedBodyHeadSize = store::RejectionLog::bodyHeadSize;

// Header bytes as text: UTF-8 when they are, else Latin-1 (as the store keeps them).
using store::headersJsonBytes;
using store::headerText;

} // namespace hb::services
