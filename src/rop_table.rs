//! The single table of ROPs ([MS-OXCROPS] 2.2.2 "The Table of RopIds").
//!
//! One row per RopId: `Name = id, Family, "section"`, then — once implemented — the
//! request type (`req T` for a self-delimiting request, `req_cx T` for one whose layout
//! follows its logon's kind, see [`crate::rop::DecodeRequest`]) and the response type
//! (`resp T` for a self-delimiting response, `resp_cx T` for one that needs its request or
//! outside state, see [`crate::rop::DecodeResponse`]). Adding a ROP is one row here and one
//! declaration in its family file (`src/rop/<family>.rs`).
//!
//! The rows are expanded by callbacks: `rop_ids!` (the [`crate::codes::RopId`] code set,
//! families and sections) and `rop_enums!` (the request and response enums, dispatch,
//! pairing, proptest strategies and, with the feature `arbitrary`, `Arbitrary` impls).

/// Calls `$callback!` with every row of the ROP table.
macro_rules! rop_table {
    ($callback:ident) => {
        $callback! {
            // ---- Logon ROPs, [MS-OXCROPS] 2.2.3 -------------------------------------------------
            Logon = 0xFE, Logon, "2.2.3.1", req LogonRequest<'a>, resp LogonResponse<'a>;
            GetReceiveFolder = 0x27, Logon, "2.2.3.2", req GetReceiveFolderRequest<'a>, resp GetReceiveFolderResponse<'a>;
            SetReceiveFolder = 0x26, Logon, "2.2.3.3", req SetReceiveFolderRequest<'a>, resp SetReceiveFolderResponse;
            GetReceiveFolderTable = 0x68, Logon, "2.2.3.4", req GetReceiveFolderTableRequest, resp GetReceiveFolderTableResponse<'a>;
            GetStoreState = 0x7B, Logon, "2.2.3.5", req GetStoreStateRequest, resp GetStoreStateResponse;
            GetOwningServers = 0x42, Logon, "2.2.3.6", req GetOwningServersRequest, resp GetOwningServersResponse<'a>;
            PublicFolderIsGhosted = 0x45, Logon, "2.2.3.7", req PublicFolderIsGhostedRequest, resp PublicFolderIsGhostedResponse<'a>;
            LongTermIdFromId = 0x43, Logon, "2.2.3.8", req LongTermIdFromIdRequest, resp LongTermIdFromIdResponse;
            IdFromLongTermId = 0x44, Logon, "2.2.3.9", req IdFromLongTermIdRequest, resp IdFromLongTermIdResponse;
            GetPerUserLongTermIds = 0x60, Logon, "2.2.3.10", req GetPerUserLongTermIdsRequest, resp GetPerUserLongTermIdsResponse<'a>;
            GetPerUserGuid = 0x61, Logon, "2.2.3.11", req GetPerUserGuidRequest, resp GetPerUserGuidResponse;
            ReadPerUserInformation = 0x63, Logon, "2.2.3.12", req ReadPerUserInformationRequest, resp ReadPerUserInformationResponse<'a>;
            WritePerUserInformation = 0x64, Logon, "2.2.3.13", req_cx WritePerUserInformationRequest<'a>, resp WritePerUserInformationResponse;
            // ---- Folder ROPs, [MS-OXCROPS] 2.2.4 ------------------------------------------------
            OpenFolder = 0x02, Folder, "2.2.4.1", req OpenFolderRequest, resp OpenFolderResponse<'a>;
            CreateFolder = 0x1C, Folder, "2.2.4.2", req CreateFolderRequest<'a>, resp CreateFolderResponse<'a>;
            DeleteFolder = 0x1D, Folder, "2.2.4.3", req DeleteFolderRequest, resp DeleteFolderResponse;
            SetSearchCriteria = 0x30, Folder, "2.2.4.4", req SetSearchCriteriaRequest<'a>, resp SetSearchCriteriaResponse;
            GetSearchCriteria = 0x31, Folder, "2.2.4.5", req GetSearchCriteriaRequest, resp GetSearchCriteriaResponse<'a>;
            MoveCopyMessages = 0x33, Folder, "2.2.4.6", req MoveCopyMessagesRequest<'a>, resp MoveCopyMessagesResponse;
            MoveFolder = 0x35, Folder, "2.2.4.7", req MoveFolderRequest<'a>, resp MoveFolderResponse;
            CopyFolder = 0x36, Folder, "2.2.4.8", req CopyFolderRequest<'a>, resp CopyFolderResponse;
            EmptyFolder = 0x58, Folder, "2.2.4.9", req EmptyFolderRequest, resp EmptyFolderResponse;
            HardDeleteMessagesAndSubfolders = 0x92, Folder, "2.2.4.10", req HardDeleteMessagesAndSubfoldersRequest, resp HardDeleteMessagesAndSubfoldersResponse;
            DeleteMessages = 0x1E, Folder, "2.2.4.11", req DeleteMessagesRequest<'a>, resp DeleteMessagesResponse;
            HardDeleteMessages = 0x91, Folder, "2.2.4.12", req HardDeleteMessagesRequest<'a>, resp HardDeleteMessagesResponse;
            GetHierarchyTable = 0x04, Folder, "2.2.4.13", req GetHierarchyTableRequest, resp GetHierarchyTableResponse;
            GetContentsTable = 0x05, Folder, "2.2.4.14", req GetContentsTableRequest, resp GetContentsTableResponse;
            // ---- Table ROPs, [MS-OXCROPS] 2.2.5 -------------------------------------------------
            SetColumns = 0x12, Table, "2.2.5.1", req SetColumnsRequest<'a>, resp SetColumnsResponse;
            SortTable = 0x13, Table, "2.2.5.2", req SortTableRequest<'a>, resp SortTableResponse;
            Restrict = 0x14, Table, "2.2.5.3", req RestrictRequest<'a>, resp RestrictResponse;
            QueryRows = 0x15, Table, "2.2.5.4", req QueryRowsRequest, resp_cx QueryRowsResponse<'a>;
            Abort = 0x38, Table, "2.2.5.5", req AbortRequest, resp AbortResponse;
            GetStatus = 0x16, Table, "2.2.5.6", req GetStatusRequest, resp GetStatusResponse;
            QueryPosition = 0x17, Table, "2.2.5.7", req QueryPositionRequest, resp QueryPositionResponse;
            SeekRow = 0x18, Table, "2.2.5.8", req SeekRowRequest, resp SeekRowResponse;
            SeekRowBookmark = 0x19, Table, "2.2.5.9", req SeekRowBookmarkRequest<'a>, resp SeekRowBookmarkResponse;
            SeekRowFractional = 0x1A, Table, "2.2.5.10", req SeekRowFractionalRequest, resp SeekRowFractionalResponse;
            CreateBookmark = 0x1B, Table, "2.2.5.11", req CreateBookmarkRequest, resp CreateBookmarkResponse<'a>;
            QueryColumnsAll = 0x37, Table, "2.2.5.12", req QueryColumnsAllRequest, resp QueryColumnsAllResponse<'a>;
            FindRow = 0x4F, Table, "2.2.5.13", req FindRowRequest<'a>, resp_cx FindRowResponse<'a>;
            FreeBookmark = 0x89, Table, "2.2.5.14", req FreeBookmarkRequest<'a>, resp FreeBookmarkResponse;
            ResetTable = 0x81, Table, "2.2.5.15", req ResetTableRequest, resp ResetTableResponse;
            ExpandRow = 0x59, Table, "2.2.5.16", req ExpandRowRequest, resp_cx ExpandRowResponse<'a>;
            CollapseRow = 0x5A, Table, "2.2.5.17", req CollapseRowRequest, resp CollapseRowResponse;
            GetCollapseState = 0x6B, Table, "2.2.5.18", req GetCollapseStateRequest, resp GetCollapseStateResponse<'a>;
            SetCollapseState = 0x6C, Table, "2.2.5.19", req SetCollapseStateRequest<'a>, resp SetCollapseStateResponse<'a>;
            // ---- Message ROPs, [MS-OXCROPS] 2.2.6 -----------------------------------------------
            OpenMessage = 0x03, Message, "2.2.6.1";
            CreateMessage = 0x06, Message, "2.2.6.2", req CreateMessageRequest, resp CreateMessageResponse;
            SaveChangesMessage = 0x0C, Message, "2.2.6.3", req SaveChangesMessageRequest, resp SaveChangesMessageResponse;
            RemoveAllRecipients = 0x0D, Message, "2.2.6.4", req RemoveAllRecipientsRequest, resp RemoveAllRecipientsResponse;
            ModifyRecipients = 0x0E, Message, "2.2.6.5", req ModifyRecipientsRequest<'a>, resp ModifyRecipientsResponse;
            ReadRecipients = 0x0F, Message, "2.2.6.6";
            ReloadCachedInformation = 0x10, Message, "2.2.6.7";
            SetMessageStatus = 0x20, Message, "2.2.6.8";
            GetMessageStatus = 0x1F, Message, "2.2.6.9";
            SetReadFlags = 0x66, Message, "2.2.6.10";
            SetMessageReadFlag = 0x11, Message, "2.2.6.11";
            OpenAttachment = 0x22, Message, "2.2.6.12";
            CreateAttachment = 0x23, Message, "2.2.6.13";
            DeleteAttachment = 0x24, Message, "2.2.6.14";
            SaveChangesAttachment = 0x25, Message, "2.2.6.15";
            OpenEmbeddedMessage = 0x46, Message, "2.2.6.16";
            GetAttachmentTable = 0x21, Message, "2.2.6.17";
            GetValidAttachments = 0x52, Message, "2.2.6.18";
            // ---- Transport ROPs, [MS-OXCROPS] 2.2.7 ---------------------------------------------
            SubmitMessage = 0x32, Transport, "2.2.7.1", req SubmitMessageRequest, resp SubmitMessageResponse;
            AbortSubmit = 0x34, Transport, "2.2.7.2";
            GetAddressTypes = 0x49, Transport, "2.2.7.3";
            SetSpooler = 0x47, Transport, "2.2.7.4";
            SpoolerLockMessage = 0x48, Transport, "2.2.7.5";
            TransportSend = 0x4A, Transport, "2.2.7.6";
            TransportNewMail = 0x51, Transport, "2.2.7.7";
            GetTransportFolder = 0x6D, Transport, "2.2.7.8";
            OptionsData = 0x6F, Transport, "2.2.7.9";
            // ---- Property ROPs, [MS-OXCROPS] 2.2.8 ----------------------------------------------
            GetPropertyIdsFromNames = 0x56, Property, "2.2.8.1";
            GetNamesFromPropertyIds = 0x55, Property, "2.2.8.2";
            GetPropertiesSpecific = 0x07, Property, "2.2.8.3", req GetPropertiesSpecificRequest<'a>, resp_cx GetPropertiesSpecificResponse<'a>;
            GetPropertiesAll = 0x08, Property, "2.2.8.4";
            GetPropertiesList = 0x09, Property, "2.2.8.5";
            SetProperties = 0x0A, Property, "2.2.8.6", req SetPropertiesRequest<'a>, resp SetPropertiesResponse<'a>;
            SetPropertiesNoReplicate = 0x79, Property, "2.2.8.7";
            DeleteProperties = 0x0B, Property, "2.2.8.8";
            DeletePropertiesNoReplicate = 0x7A, Property, "2.2.8.9";
            QueryNamedProperties = 0x5F, Property, "2.2.8.10";
            CopyProperties = 0x67, Property, "2.2.8.11";
            CopyTo = 0x39, Property, "2.2.8.12";
            Progress = 0x50, Property, "2.2.8.13";
            // ---- Stream ROPs, [MS-OXCROPS] 2.2.9 ------------------------------------------------
            OpenStream = 0x2B, Stream, "2.2.9.1";
            ReadStream = 0x2C, Stream, "2.2.9.2";
            WriteStream = 0x2D, Stream, "2.2.9.3";
            WriteStreamExtended = 0xA3, Stream, "2.2.9.4";
            CommitStream = 0x5D, Stream, "2.2.9.5";
            GetStreamSize = 0x5E, Stream, "2.2.9.6";
            SetStreamSize = 0x2F, Stream, "2.2.9.7";
            SeekStream = 0x2E, Stream, "2.2.9.8";
            CopyToStream = 0x3A, Stream, "2.2.9.9";
            LockRegionStream = 0x5B, Stream, "2.2.9.10";
            UnlockRegionStream = 0x5C, Stream, "2.2.9.11";
            WriteAndCommitStream = 0x90, Stream, "2.2.9.12";
            CloneStream = 0x3B, Stream, "2.2.9.13";
            // ---- Permission ROPs, [MS-OXCROPS] 2.2.10 -------------------------------------------
            ModifyPermissions = 0x40, Permission, "2.2.10.1";
            GetPermissionsTable = 0x3E, Permission, "2.2.10.2";
            // ---- Rule ROPs, [MS-OXCROPS] 2.2.11 -------------------------------------------------
            ModifyRules = 0x41, Rule, "2.2.11.1";
            GetRulesTable = 0x3F, Rule, "2.2.11.2";
            UpdateDeferredActionMessages = 0x57, Rule, "2.2.11.3";
            // ---- Fast Transfer ROPs, [MS-OXCROPS] 2.2.12 ----------------------------------------
            FastTransferDestinationConfigure = 0x53, FastTransfer, "2.2.12.1";
            FastTransferDestinationPutBuffer = 0x54, FastTransfer, "2.2.12.2";
            FastTransferDestinationPutBufferExtended = 0x9D, FastTransfer, "2.2.12.3";
            FastTransferSourceGetBuffer = 0x4E, FastTransfer, "2.2.12.4";
            FastTransferSourceCopyFolder = 0x4C, FastTransfer, "2.2.12.5";
            FastTransferSourceCopyMessages = 0x4B, FastTransfer, "2.2.12.6";
            FastTransferSourceCopyTo = 0x4D, FastTransfer, "2.2.12.7";
            FastTransferSourceCopyProperties = 0x69, FastTransfer, "2.2.12.8";
            TellVersion = 0x86, FastTransfer, "2.2.12.9";
            // ---- Incremental Change Synchronization ROPs, [MS-OXCROPS] 2.2.13 -------------------
            SynchronizationConfigure = 0x70, Sync, "2.2.13.1";
            SynchronizationImportMessageChange = 0x72, Sync, "2.2.13.2";
            SynchronizationImportReadStateChanges = 0x80, Sync, "2.2.13.3";
            SynchronizationImportHierarchyChange = 0x73, Sync, "2.2.13.4";
            SynchronizationImportDeletes = 0x74, Sync, "2.2.13.5";
            SynchronizationImportMessageMove = 0x78, Sync, "2.2.13.6";
            SynchronizationOpenCollector = 0x7E, Sync, "2.2.13.7";
            SynchronizationGetTransferState = 0x82, Sync, "2.2.13.8";
            SynchronizationUploadStateStreamBegin = 0x75, Sync, "2.2.13.9";
            SynchronizationUploadStateStreamContinue = 0x76, Sync, "2.2.13.10";
            SynchronizationUploadStateStreamEnd = 0x77, Sync, "2.2.13.11";
            SetLocalReplicaMidsetDeleted = 0x93, Sync, "2.2.13.12";
            GetLocalReplicaIds = 0x7F, Sync, "2.2.13.13";
            // ---- Notification ROPs, [MS-OXCROPS] 2.2.14 -----------------------------------------
            RegisterNotification = 0x29, Notification, "2.2.14.1", req notification::RegisterNotificationRequest, resp notification::RegisterNotificationResponse;
            Notify = 0x2A, Notification, "2.2.14.2";
            Pending = 0x6E, Notification, "2.2.14.3";
            // ---- Other ROPs, [MS-OXCROPS] 2.2.15 ------------------------------------------------
            BufferTooSmall = 0xFF, Other, "2.2.15.1", resp BufferTooSmallResponse<'a>;
            Backoff = 0xF9, Other, "2.2.15.2", resp BackoffResponse<'a>;
            Release = 0x01, Other, "2.2.15.3", req ReleaseRequest;
        }
    };
}
