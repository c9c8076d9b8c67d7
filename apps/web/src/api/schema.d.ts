// Generated from openapi.json by `npm run openapi`; do not edit.
export interface paths {
    "/api/v1/auth/login-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["requestLoginLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/me/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMyHours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/signups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listMySignups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listMyCommitments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMyCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["rotateMyCalendar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listUsers"];
        put?: never;
        post: operations["inviteUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/users/{id}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["addMembership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/memberships/{membershipId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["removeMembership"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["deactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["exportUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["eraseUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listSchools"];
        put?: never;
        post: operations["createSchool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getSchool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateSchool"];
        trace?: never;
    };
    "/api/v1/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listCompanies"];
        put?: never;
        post: operations["createCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listCompanyDirectory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getCompany"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateCompany"];
        trace?: never;
    };
    "/api/v1/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listPartners"];
        put?: never;
        post: operations["createPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getPartner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updatePartner"];
        trace?: never;
    };
    "/api/v1/schools/{id}/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listClasses"];
        put?: never;
        post: operations["registerClass"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/classes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getClass"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateClass"];
        trace?: never;
    };
    "/api/v1/adoptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAdoptions"];
        put?: never;
        post: operations["createAdoption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adoptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdoption"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateAdoption"];
        trace?: never;
    };
    "/api/v1/adoptions/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["endAdoption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adoptions/{id}/contact-person": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["replaceContactPerson"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adoptions/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["proposeVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adoptions/{id}/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listHours"];
        put?: never;
        post: operations["logHours"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adoptions/{id}/hours/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteHours"];
        options?: never;
        head?: never;
        patch: operations["updateHours"];
        trace?: never;
    };
    "/api/v1/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listVisits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getVisit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["confirmVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["declineVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["rescheduleVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["cancelVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}/hosts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["setVisitHosts"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["completeVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sweeps/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["runSweep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listProgrammes"];
        put?: never;
        post: operations["createProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getProgramme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateProgramme"];
        trace?: never;
    };
    "/api/v1/programmes/{id}/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listShifts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["commitToProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/commitments/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["endCommitment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listOpenShifts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getShift"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts/{id}/signups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts/{id}/signups/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["cancelSignup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["cancelShift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["recordAttendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/donation-programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listDonationProgrammes"];
        put?: never;
        post: operations["createDonationProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/donation-programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getDonationProgramme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateDonationProgramme"];
        trace?: never;
    };
    "/api/v1/donation-programmes/{id}/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["setDonationYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/donation-programmes/{id}/supporters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["addDonationSupporter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/donation-programmes/{id}/supporters/{supporterId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["removeDonationSupporter"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/donation-programmes/{id}/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["requestDonation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/donation-programmes/{id}/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAllocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAllocation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocations/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["approveAllocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocations/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["declineAllocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocations/{id}/prepare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["prepareAllocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocations/{id}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["deliverAllocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocations/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["cancelAllocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adoptions/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAdoptionUpdates"];
        put?: never;
        post: operations["writeAdoptionUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listProgrammeUpdates"];
        put?: never;
        post: operations["writeProgrammeUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/donation-programmes/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listDonationUpdates"];
        put?: never;
        post: operations["writeDonationUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adoptions/{id}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdoptionAgreement"];
        put: operations["writeAdoptionAgreement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getProgrammeAgreement"];
        put: operations["writeProgrammeAgreement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/donation-programmes/{id}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getDonationAgreement"];
        put: operations["writeDonationAgreement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["acceptAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["retryDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["companyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["programmeReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["checkLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["checkReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        LoginLinkRequestDto: {
            /** @example marianne@bakkeskolen.example */
            email: string;
        };
        SessionRequestDto: {
            /** @description The token from the mailed sign-in link. */
            token: string;
        };
        SessionDto: {
            accessToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
            /** Format: date-time */
            expiresAt: string;
        };
        MembershipDto: {
            /**
             * Format: uuid
             * @description What an admin names to remove the role.
             */
            id: string;
            /** @enum {string} */
            role: "admin" | "teacher" | "contact" | "volunteer" | "coordinator";
            /** @enum {string|null} */
            organisationType: "school" | "company" | "partner" | null;
            /** Format: uuid */
            organisationId: string | null;
            /** @description The organisation's name, where the person is read with their roles' places. */
            organisationName?: string | null;
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            locale: "da" | "en";
            /** @description The zone the person chose to read times in; null for the default (their school's, or Europe/Copenhagen). */
            timezone: string | null;
            memberships: components["schemas"]["MembershipDto"][];
            /**
             * Format: date-time
             * @description When an admin deactivated the person; null while they are active.
             */
            deactivatedAt: string | null;
            /**
             * Format: date-time
             * @description Set once the person is erased: name and address are replaced.
             */
            erasedAt: string | null;
            /** @description Only on /me. */
            isAdmin?: boolean;
        };
        UpdateMeDto: {
            /** @example Jonas Kjær */
            name?: string;
            /**
             * @description The language of mail and calendar text.
             * @enum {string}
             */
            locale?: "da" | "en";
            /**
             * @description The zone the person reads times in: their calendar feed's zone. Null for the default, the zone of their school or Europe/Copenhagen.
             * @example Europe/Copenhagen
             */
            timezone?: string | null;
        };
        MonthHoursDto: {
            /** @example 2026-10 */
            month: string;
            /** Format: uuid */
            programmeId: string;
            programmeTitle: string;
            hours: number;
            shiftsAttended: number;
            noShows: number;
        };
        VolunteerHoursDto: {
            totalHours: number;
            shiftsAttended: number;
            noShows: number;
            months: components["schemas"]["MonthHoursDto"][];
        };
        PlaceShiftDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @description Local date, in the programme's zone.
             */
            date: string;
            /** Format: date-time */
            start: string;
            /** Format: date-time */
            end: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
        };
        NamedDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        ProgrammeRefDto: {
            /** Format: uuid */
            id: string;
            title: string;
            location: string;
            /** @description IANA zone of its local dates and times. */
            timezone: string;
            /** @description The partner organisation that runs it. */
            partner: components["schemas"]["NamedDto"];
        };
        MyPlaceDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            shiftId: string;
            /** Format: uuid */
            userId: string;
            /** @enum {string} */
            status: "confirmed" | "waitlisted" | "cancelled";
            /** @description Place on the waiting list, from 1. */
            position: number | null;
            attended: boolean | null;
            hours: number | null;
            /** @description For coordinators. */
            name?: string;
            shift: components["schemas"]["PlaceShiftDto"];
            programme: components["schemas"]["ProgrammeRefDto"];
        };
        MyPlacePageDto: {
            /** @description Cursor for the next page, or null. */
            next: string | null;
            items: components["schemas"]["MyPlaceDto"][];
        };
        MyCommitmentDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            programme: components["schemas"]["ProgrammeRefDto"];
            /**
             * Format: date-time
             * @description When the volunteer made it.
             */
            since: string;
        };
        MyCommitmentPageDto: {
            /** @description Cursor for the next page, or null. */
            next: string | null;
            items: components["schemas"]["MyCommitmentDto"][];
        };
        CalendarUrlsDto: {
            /** @description Secret https URL of the feed; keep it to yourself. */
            feedUrl: string;
            /** @description The same feed for calendar apps that open webcal: links. */
            webcalUrl: string;
        };
        InviteUserDto: {
            /** @example jonas@lego.example */
            email: string;
            /** @example Jonas Kjær */
            name: string;
            /**
             * @default da
             * @enum {string}
             */
            locale: "da" | "en";
            /** @enum {string} */
            role: "admin" | "teacher" | "contact" | "volunteer" | "coordinator";
            /**
             * Format: uuid
             * @description The school (teacher), company (contact, volunteer) or partner (coordinator).
             */
            organisationId?: string;
        };
        UserPageDto: {
            /** @description Cursor for the next page, or null. */
            next: string | null;
            items: components["schemas"]["UserDto"][];
        };
        UpdateUserDto: {
            /** @example jonas@lego.example */
            email?: string;
            /** @example Jonas Kjær */
            name?: string;
            /**
             * @default da
             * @enum {string}
             */
            locale: "da" | "en";
        };
        AddMembershipDto: {
            /** @enum {string} */
            role: "admin" | "teacher" | "contact" | "volunteer" | "coordinator";
            /**
             * Format: uuid
             * @description The school (teacher), company (contact, volunteer) or partner (coordinator).
             */
            organisationId?: string;
        };
        PersonalDataExportDto: {
            /** Format: date-time */
            exportedAt: string;
            /** @description id, email, name, locale, time zone and when the person was added. */
            person: Record<string, never>;
            /** @description Every kind of record that names the person, each a list: memberships, classesTaught, adoptionsAsContactPerson, visits, visitHistory, hours, commitments, shiftPlaces, programmesCoordinated, signIns, mails. */
            sections: Record<string, never>;
        };
        ClosedPeriodDto: {
            /**
             * Format: date
             * @example 2026-10-12
             */
            from: string;
            /**
             * Format: date
             * @example 2026-10-16
             */
            to: string;
            /** @example Efterårsferie */
            label: string;
        };
        CreateSchoolDto: {
            /** @example Bakkeskolen */
            name: string;
            /** @example Esbjerg */
            city: string;
            /**
             * @description IANA time zone.
             * @default Europe/Copenhagen
             */
            timezone: string;
            /**
             * @description First day of the school year, MM-DD.
             * @default 08-01
             */
            schoolYearStart: string;
            /**
             * @description Last school day of the year, MM-DD.
             * @default 06-30
             */
            lastSchoolDay: string;
            /** @description Holidays, both ends included. */
            closedDates?: components["schemas"]["ClosedPeriodDto"][];
        };
        SchoolDto: {
            /** Format: uuid */
            id: string;
            name: string;
            city: string;
            timezone: string;
            /** @example 08-01 */
            schoolYearStart: string;
            /** @example 06-30 */
            lastSchoolDay: string;
            closedDates: components["schemas"]["ClosedPeriodDto"][];
        };
        SchoolPageDto: {
            /** @description Cursor for the next page, or null. */
            next: string | null;
            items: components["schemas"]["SchoolDto"][];
        };
        UpdateSchoolDto: {
            /** @example Bakkeskolen */
            name?: string;
            /** @example Esbjerg */
            city?: string;
            /**
             * @description IANA time zone.
             * @default Europe/Copenhagen
             */
            timezone: string;
            /**
             * @description First day of the school year, MM-DD.
             * @default 08-01
             */
            schoolYearStart: string;
            /**
             * @description Last school day of the year, MM-DD.
             * @default 06-30
             */
            lastSchoolDay: string;
            /** @description Holidays, both ends included. */
            closedDates?: components["schemas"]["ClosedPeriodDto"][];
        };
        CreateCompanyDto: {
            /** @example LEGO */
            name: string;
            /** @example Billund */
            city: string;
            /**
             * @description Social responsibility as an add-on to the business, or integrated in its strategy.
             * @enum {string}
             */
            csrModel: "add-on" | "integrated";
        };
        CompanyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            city: string;
            /** @enum {string} */
            csrModel: "add-on" | "integrated";
        };
        CompanyPageDto: {
            /** @description Cursor for the next page, or null. */
            next: string | null;
            items: components["schemas"]["CompanyDto"][];
        };
        CompanyDirectoryPageDto: {
            /** @description Cursor for the next page, or null. */
            next: string | null;
            items: components["schemas"]["NamedDto"][];
        };
        UpdateCompanyDto: {
            /** @example LEGO */
            name?: string;
            /** @example Billund */
            city?: string;
            /**
             * @description Social responsibility as an add-on to the business, or integrated in its strategy.
             * @enum {string}
             */
            csrModel?: "add-on" | "integrated";
        };
        CreatePartnerDto: {
            /** @example Dansk Flygtningehjælp */
            name: string;
            /** @example Vejle */
            city: string;
            /** @example Drengeklub med lektiehjælp og fodbold */
            description?: string;
        };
        PartnerDto: {
            /** Format: uuid */
            id: string;
            name: string;
            city: string;
            description: string;
        };
        PartnerPageDto: {
            /** @description Cursor for the next page, or null. */
            next: string | null;
            items: components["schemas"]["PartnerDto"][];
        };
        UpdatePartnerDto: {
            /** @example Dansk Flygtningehjælp */
            name?: string;
            /** @example Vejle */
            city?: string;
            /** @example Drengeklub med lektiehjælp og fodbold */
            description?: string;
        };
        RegisterClassDto: {
            /** @example 2.A */
            label: string;
            /** @description Grade in `schoolYear`; 0 is børnehaveklasse. */
            grade: number;
            /** @example 2026/27 */
            schoolYear: string;
            /** @example 22 */
            pupils: number;
            /** @description Teachers of the school who teach the class. */
            teacherIds: string[];
        };
        ClassDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            schoolId: string;
            label: string;
            /** @description The grade it was registered with, in `schoolYear`. */
            grade: number;
            schoolYear: string;
            pupils: number;
            /** @description Its grade today. */
            currentGrade: number;
            /**
             * Format: date
             * @description The last school day of its 9th-grade year.
             */
            graduatesOn: string;
            teacherIds: string[];
        };
        ClassPageDto: {
            /** @description Cursor for the next page, or null. */
            next: string | null;
            items: components["schemas"]["ClassDto"][];
        };
        UpdateClassDto: {
            /** @example 2.A */
            label?: string;
            /** @description Grade in `schoolYear`; 0 is børnehaveklasse. */
            grade?: number;
            /** @example 2026/27 */
            schoolYear?: string;
            /** @example 22 */
            pupils?: number;
            /** @description Teachers of the school who teach the class. */
            teacherIds?: string[];
        };
        CreateAdoptionDto: {
            /** Format: uuid */
            classId: string;
            /** Format: uuid */
            companyId: string;
            /**
             * Format: uuid
             * @description A contact person of the company.
             */
            contactPersonId: string;
            /**
             * Format: date
             * @example 2026-09-01
             */
            startsOn: string;
            /**
             * @description The contact person's hours per term.
             * @default 7.4
             */
            hoursBudgetPerTerm: number;
        };
        AdoptionClassDto: {
            /** Format: uuid */
            id: string;
            /** @example 2.A */
            label: string;
            /** @description The grade it was registered with, in `schoolYear`. */
            grade: number;
            /** @example 2026/27 */
            schoolYear: string;
            pupils: number;
            /** @description Its grade today. */
            currentGrade: number;
            /**
             * Format: date
             * @description The last school day of its 9th-grade year.
             */
            graduatesOn: string;
        };
        TermBoundsDto: {
            /** @example 2026/27-autumn */
            name: string;
            /** @enum {string} */
            kind: "autumn" | "spring";
            /** Format: date */
            startsOn: string;
            /**
             * Format: date
             * @description Its last day, included.
             */
            endsOn: string;
        };
        AdoptionSchoolDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description IANA zone of the school's days, terms and visits. */
            timezone: string;
            /** @example 08-01 */
            schoolYearStart: string;
            /** @example 06-30 */
            lastSchoolDay: string;
            /** @description No visits on these days. */
            closedDates: components["schemas"]["ClosedPeriodDto"][];
            /** @description The school's terms over the adoption's life; a visit lies inside one. */
            terms: components["schemas"]["TermBoundsDto"][];
        };
        VisitSlotDto: {
            /** Format: date-time */
            start: string;
            /** Format: date-time */
            end: string;
        };
        VisitEventDto: {
            action: string;
            /**
             * Format: uuid
             * @description Null: the system.
             */
            actorId: string | null;
            /** @description Who did it; null: the system. */
            actor: components["schemas"]["NamedDto"] | null;
            revision: number;
            /** Format: date-time */
            at: string;
            details: Record<string, never>;
        };
        VisitDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            adoptionId: string;
            /** @enum {string} */
            kind: "class-visit" | "preparation";
            location: string;
            agenda: string;
            /** @enum {string} */
            status: "requested" | "confirmed" | "declined" | "cancelled" | "completed";
            /** @example 2026/27-autumn */
            term: string;
            slots: components["schemas"]["VisitSlotDto"][];
            /** Format: date-time */
            start: string | null;
            /** Format: date-time */
            end: string | null;
            /** @description Raised on every change. */
            revision: number;
            /** @enum {string} */
            proposedBySide: "school" | "company";
            /** Format: uuid */
            proposedBy: string;
            /** @description Who proposed the slots now on offer. */
            proposer: components["schemas"]["NamedDto"];
            /** @description Why it was declined or cancelled. */
            reason: string | null;
            /** @description Who takes part besides the class's teachers and the contact person. */
            hostIds: string[];
            /** @description The hosts, in the order of `hostIds`. */
            hosts: components["schemas"]["NamedDto"][];
            pupilsAttended: number | null;
            notes: string | null;
            /** @description Who did what, and when. */
            history?: components["schemas"]["VisitEventDto"][];
        };
        TermDto: {
            /** @example 2026/27-autumn */
            name: string;
            /** @enum {string} */
            kind: "autumn" | "spring";
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            visits: components["schemas"]["VisitDto"][];
            hoursBudget: number;
            hoursLogged: number;
        };
        AdoptionDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            classId: string;
            /** Format: uuid */
            companyId: string;
            /** Format: uuid */
            contactPersonId: string;
            /** @enum {string} */
            status: "active" | "completed" | "ended";
            /** Format: date */
            startsOn: string;
            /**
             * Format: date
             * @description The class's graduation day.
             */
            endsOn: string;
            hoursBudgetPerTerm: number;
            endReason: string | null;
            /** Format: date-time */
            endedAt: string | null;
            class: components["schemas"]["AdoptionClassDto"];
            school: components["schemas"]["AdoptionSchoolDto"];
            company: components["schemas"]["NamedDto"];
            contactPerson: components["schemas"]["NamedDto"];
            /** @description The class's teachers, by name. */
            teachers: components["schemas"]["NamedDto"][];
            /** @description On a single adoption only. */
            terms?: components["schemas"]["TermDto"][];
        };
        AdoptionPageDto: {
            /** @description Cursor for the next page, or null. */
            next: string | null;
            items: components["schemas"]["AdoptionDto"][];
        };
        UpdateAdoptionDto: {
            /**
             * @description The contact person's hours per term.
             * @default 7.4
             */
            hoursBudgetPerTerm: number;
        };
        EndAdoptionDto: {
            /** @example The company has closed its local branch. */
            reason: string;
        };
        ContactPersonDto: {
            /**
             * Format: uuid
             * @description A contact person of the adopting company.
             */
            contactPersonId: string;
        };
        SlotDto: {
            /**
             * Format: date-time
             * @example 2026-10-07T09:00:00+02:00
             */
            start: string;
            /**
             * Format: date-time
             * @example 2026-10-07T12:00:00+02:00
             */
            end: string;
        };
        ProposeVisitDto: {
            slots: components["schemas"]["SlotDto"][];
            /** @description People of the company or the school who take part besides the class's teachers and the contact person. */
            hostIds?: string[];
            /** @enum {string} */
            kind: "class-visit" | "preparation";
            /** @example LEGO House, Billund */
            location: string;
            /** @example Rundvisning og byggeværksted */
            agenda: string;
        };
        LogHoursDto: {
            /** Format: date */
            date: string;
            /**
             * @description Positive, at most 24; two decimals.
             * @example 1.5
             */
            hours: number;
            /** @enum {string} */
            activity: "planning" | "meeting" | "visit" | "travel" | "other";
            note?: string;
        };
        HoursEntryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            /** Format: date */
            date: string;
            term: string;
            hours: number;
            /** @enum {string} */
            activity: "planning" | "meeting" | "visit" | "travel" | "other";
            note: string;
            /** @enum {string} */
            source: "manual" | "visit";
            /** Format: uuid */
            visitId: string | null;
        };
        TermHoursDto: {
            term: string;
            budget: number;
            logged: number;
            remaining: number;
        };
        HoursDto: {
            items: components["schemas"]["HoursEntryDto"][];
            terms: components["schemas"]["TermHoursDto"][];
        };
        UpdateHoursDto: {
            /** Format: date */
            date?: string;
            /**
             * @description Positive, at most 24; two decimals.
             * @example 1.5
             */
            hours?: number;
            /** @enum {string} */
            activity?: "planning" | "meeting" | "visit" | "travel" | "other";
            note?: string;
        };
        VisitPageDto: {
            /** @description Cursor for the next page, or null. */
            next: string | null;
            items: components["schemas"]["VisitDto"][];
        };
        ConfirmVisitDto: {
            /** @description Index of the chosen slot in `slots`. */
            slot: number;
        };
        ReasonDto: {
            reason: string;
        };
        SlotsDto: {
            slots: components["schemas"]["SlotDto"][];
        };
        HostsDto: {
            /** @description People of the company or the school who take part besides the class's teachers and the contact person. */
            hostIds: string[];
        };
        CompleteVisitDto: {
            pupilsAttended: number;
            notes?: string;
        };
        SweepResultDto: {
            /** @enum {string} */
            name: "complete-visits" | "end-adoptions" | "materialise-shifts" | "send-nudges" | "purge-mail";
            /** @description How many visits, adoptions, shifts or mails it changed. */
            processed: number;
        };
        ScheduleDto: {
            /**
             * @description 1 = Monday … 7 = Sunday.
             * @example [
             *       3
             *     ]
             */
            weekdays: number[];
            /**
             * @description Local time, HH:mm.
             * @example 16:00
             */
            startTime: string;
            /**
             * @description Local time, HH:mm, after the start.
             * @example 18:00
             */
            endTime: string;
            /**
             * Format: date
             * @example 2026-08-19
             */
            startsOn: string;
            /** Format: date */
            endsOn?: string | null;
        };
        CapacityDto: {
            /** @example 2 */
            min: number;
            /** @example 4 */
            max: number;
        };
        CreateProgrammeDto: {
            /** Format: uuid */
            partnerId: string;
            /** @example Lektiehjælp og fodbold i drengeklubben */
            title: string;
            /** @example Klubhuset, Vejle Øst */
            location: string;
            /** @example Europe/Copenhagen */
            timezone: string;
            /** @description Whose employees may volunteer. */
            companyIds: string[];
            coordinatorIds: string[];
            schedule: components["schemas"]["ScheduleDto"];
            capacity: components["schemas"]["CapacityDto"];
            /** @description Holidays: no shifts. */
            closedDates?: components["schemas"]["ClosedPeriodDto"][];
            /**
             * @description Weeks of shifts ahead.
             * @default 12
             */
            horizonWeeks: number;
        };
        ProgrammeDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            /** @description The partner organisation that runs it. */
            partner: components["schemas"]["NamedDto"];
            title: string;
            location: string;
            timezone: string;
            companyIds: string[];
            /** @description Whose employees may volunteer, by name. */
            companies: components["schemas"]["NamedDto"][];
            coordinatorIds: string[];
            /** @description Its coordinators, by name. */
            coordinators: components["schemas"]["NamedDto"][];
            schedule: components["schemas"]["ScheduleDto"];
            capacity: components["schemas"]["CapacityDto"];
            closedDates: components["schemas"]["ClosedPeriodDto"][];
            horizonWeeks: number;
        };
        ScheduleChangeDto: {
            /**
             * @description 1 = Monday … 7 = Sunday.
             * @example [
             *       3
             *     ]
             */
            weekdays?: number[];
            /**
             * @description Local time, HH:mm.
             * @example 16:00
             */
            startTime?: string;
            /**
             * @description Local time, HH:mm, after the start.
             * @example 18:00
             */
            endTime?: string;
            /**
             * Format: date
             * @example 2026-08-19
             */
            startsOn?: string;
            /** Format: date */
            endsOn?: string | null;
        };
        UpdateProgrammeDto: {
            /** @example Lektiehjælp og fodbold i drengeklubben */
            title?: string;
            /** @example Klubhuset, Vejle Øst */
            location?: string;
            /** @example Europe/Copenhagen */
            timezone?: string;
            /** @description Whose employees may volunteer. */
            companyIds?: string[];
            coordinatorIds?: string[];
            capacity?: components["schemas"]["CapacityDto"];
            /** @description Holidays: no shifts. */
            closedDates?: components["schemas"]["ClosedPeriodDto"][];
            /**
             * @description Weeks of shifts ahead.
             * @default 12
             */
            horizonWeeks: number;
            /** @description Any part of the schedule; `endsOn: null` lets the programme run on. */
            schedule?: components["schemas"]["ScheduleChangeDto"];
        };
        ProgrammePageDto: {
            /** @description Cursor for the next page, or null. */
            next: string | null;
            items: components["schemas"]["ProgrammeDto"][];
        };
        MySignupDto: {
            /** @enum {string} */
            status: "confirmed" | "waitlisted";
            /** @description Place on the waiting list, from 1; null when placed. */
            position: number | null;
        };
        ShiftDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            programme: components["schemas"]["ProgrammeRefDto"];
            /**
             * Format: date
             * @description Local date.
             */
            date: string;
            /** Format: date-time */
            start: string;
            /** Format: date-time */
            end: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            /** @description Confirmed volunteers. */
            signedUp: number;
            /** @description On the waiting list. */
            waitlisted: number;
            capacity: components["schemas"]["CapacityDto"];
            /** @description Places left before the waiting list; 0 on a cancelled shift. */
            freePlaces: number;
            /** @description Fewer confirmed volunteers than the minimum. */
            short: boolean;
            cancelReason: string | null;
            revision: number;
            /** @description The caller's own place on it: placed, or waiting in a position; null if none. */
            mySignup: components["schemas"]["MySignupDto"] | null;
        };
        ShiftPageDto: {
            /** @description Cursor for the next page, or null. */
            next: string | null;
            items: components["schemas"]["ShiftDto"][];
        };
        CommitmentDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            /** Format: uuid */
            userId: string;
            /** @description Shifts it confirmed a place on. */
            confirmed: number;
            /** @description Shifts it put the volunteer on the waiting list for. */
            waitlisted: number;
        };
        CommitmentEndedDto: {
            /** @description Coming places the ended commitment gave up. */
            released: number;
        };
        SignupDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            shiftId: string;
            /** Format: uuid */
            userId: string;
            /** @enum {string} */
            status: "confirmed" | "waitlisted" | "cancelled";
            /** @description Place on the waiting list, from 1. */
            position: number | null;
            attended: boolean | null;
            hours: number | null;
            /** @description For coordinators. */
            name?: string;
        };
        ShiftDetailDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            programme: components["schemas"]["ProgrammeRefDto"];
            /**
             * Format: date
             * @description Local date.
             */
            date: string;
            /** Format: date-time */
            start: string;
            /** Format: date-time */
            end: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            /** @description Confirmed volunteers. */
            signedUp: number;
            /** @description On the waiting list. */
            waitlisted: number;
            capacity: components["schemas"]["CapacityDto"];
            /** @description Places left before the waiting list; 0 on a cancelled shift. */
            freePlaces: number;
            /** @description Fewer confirmed volunteers than the minimum. */
            short: boolean;
            cancelReason: string | null;
            revision: number;
            /** @description The caller's own place on it: placed, or waiting in a position; null if none. */
            mySignup: components["schemas"]["MySignupDto"] | null;
            /** @description Who signed up; for the programme's coordinators. */
            signups: components["schemas"]["SignupDto"][];
        };
        CancelShiftDto: {
            /** @example Klubben er lukket på grund af vandskade. */
            reason: string;
        };
        AttendanceRecordDto: {
            /** Format: uuid */
            userId: string;
            attended: boolean;
            /** @description Default: the shift's length. */
            hours?: number;
        };
        AttendanceDto: {
            records: components["schemas"]["AttendanceRecordDto"][];
        };
        UnitValueDto: {
            /**
             * @description Up to two decimals.
             * @example 1500
             */
            amount: number;
            /**
             * @description ISO 4217 currency code.
             * @example DKK
             */
            currency: string;
        };
        CreateDonationProgrammeDto: {
            /** Format: uuid */
            companyId: string;
            /** @example Brugte computere til boligområdets projekter */
            title: string;
            /** @default  */
            description: string;
            /**
             * @description What one unit is.
             * @example computer
             */
            unit: string;
            unitValue?: components["schemas"]["UnitValueDto"] | null;
            /**
             * @description The zone whose calendar years deliveries count in.
             * @default Europe/Copenhagen
             * @example Europe/Copenhagen
             */
            timezone: string;
        };
        SupporterDto: {
            /** Format: uuid */
            id: string;
            name: string;
            part: string;
        };
        DonationYearProgressDto: {
            year: number;
            target: number | null;
            /** @description Units delivered (recorded and through the product). */
            delivered: number;
            /** @description Distinct projects the units went to. */
            projectsReached: number;
            /** @description delivered ÷ target. */
            share: number | null;
            /** @description Where the year should stand today, pro rata of its target. */
            expectedByNow: number | null;
            onTrack: boolean | null;
        };
        DonationProgrammeDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            companyId: string;
            company: components["schemas"]["NamedDto"];
            title: string;
            description: string;
            unit: string;
            unitValue: components["schemas"]["UnitValueDto"] | null;
            timezone: string;
            supporters: components["schemas"]["SupporterDto"][];
            /** @description Oldest first; always this year. */
            years: components["schemas"]["DonationYearProgressDto"][];
            /** @description Whether the caller runs it (its company side, or an admin). */
            mine: boolean;
        };
        UpdateDonationProgrammeDto: {
            /** @example Brugte computere til boligområdets projekter */
            title?: string;
            /** @default  */
            description: string;
            /**
             * @description What one unit is.
             * @example computer
             */
            unit?: string;
            unitValue?: components["schemas"]["UnitValueDto"] | null;
            /**
             * @description The zone whose calendar years deliveries count in.
             * @default Europe/Copenhagen
             * @example Europe/Copenhagen
             */
            timezone: string;
        };
        DonationProgrammeItemDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            companyId: string;
            company: components["schemas"]["NamedDto"];
            title: string;
            description: string;
            unit: string;
            unitValue: components["schemas"]["UnitValueDto"] | null;
            timezone: string;
        };
        DonationProgrammePageDto: {
            /** @description Cursor for the next page, or null. */
            next: string | null;
            items: components["schemas"]["DonationProgrammeItemDto"][];
        };
        DonationYearDto: {
            /** @description Units to deliver. */
            target?: number | null;
            /** @description Units delivered in a year before the product was used, as recorded then. */
            recordedUnits?: number | null;
            /** @description Projects reached in that year, as recorded then. */
            recordedProjects?: number | null;
        };
        SupporterBodyDto: {
            /** @example IT-Genbrug Vejle */
            name: string;
            /** @example Renser og klargør maskinerne */
            part: string;
        };
        RequestUnitsDto: {
            /**
             * Format: uuid
             * @description The partner organisation asking; or schoolId.
             */
            partnerId?: string;
            /**
             * Format: uuid
             * @description The school asking; or partnerId.
             */
            schoolId?: string;
            units: number;
            /**
             * @description What the units are for.
             * @default
             */
            purpose: string;
        };
        AllocationStepDto: {
            /** @enum {string} */
            status: "requested" | "declined" | "pledged" | "prepared" | "delivered" | "cancelled";
            units: number | null;
            /** @description The reason, the purpose or the day of delivery. */
            note: string;
            /** Format: uuid */
            actorId: string | null;
            /** Format: date-time */
            at: string;
        };
        AllocationDetailDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            /** Format: uuid */
            partnerId: string | null;
            /** Format: uuid */
            schoolId: string | null;
            /** @description The partner organisation or school. */
            projectName: string;
            requestedUnits: number;
            purpose: string;
            /** @enum {string} */
            status: "requested" | "declined" | "pledged" | "prepared" | "delivered" | "cancelled";
            approvedUnits: number | null;
            deliveredUnits: number | null;
            /** Format: date */
            deliveredOn: string | null;
            /** @description Why declined or cancelled. */
            statusReason: string | null;
            revision: number;
            /** Format: date-time */
            createdAt: string;
            /** @description Every step, oldest first. */
            steps: components["schemas"]["AllocationStepDto"][];
        };
        AllocationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            /** Format: uuid */
            partnerId: string | null;
            /** Format: uuid */
            schoolId: string | null;
            /** @description The partner organisation or school. */
            projectName: string;
            requestedUnits: number;
            purpose: string;
            /** @enum {string} */
            status: "requested" | "declined" | "pledged" | "prepared" | "delivered" | "cancelled";
            approvedUnits: number | null;
            deliveredUnits: number | null;
            /** Format: date */
            deliveredOn: string | null;
            /** @description Why declined or cancelled. */
            statusReason: string | null;
            revision: number;
            /** Format: date-time */
            createdAt: string;
        };
        AllocationPageDto: {
            /** @description Cursor for the next page, or null. */
            next: string | null;
            items: components["schemas"]["AllocationDto"][];
        };
        UnitsDto: {
            units: number;
        };
        DeliverDto: {
            units: number;
            /**
             * Format: date
             * @description The local day of the handover. Default: today.
             */
            deliveredOn?: string;
        };
        PartnershipUpdateDto: {
            /** Format: uuid */
            id: string;
            /** @description The side written for; null: admin. */
            side: string | null;
            /** Format: uuid */
            authorId: string | null;
            authorName: string | null;
            text: string;
            /** Format: date-time */
            createdAt: string;
        };
        PartnershipUpdatePageDto: {
            /** @description Cursor for the next page, or null. */
            next: string | null;
            items: components["schemas"]["PartnershipUpdateDto"][];
        };
        UpdateBodyDto: {
            /** @example Vi har aftalt næste besøg til marts. Klassen glæder sig! */
            text: string;
        };
        AgreementSubjectDto: {
            /** @enum {string} */
            kind: "adoption" | "programme" | "donation-programme";
            /** Format: uuid */
            id: string;
            name: string;
        };
        MoneyDto: {
            /**
             * @description Up to two decimals.
             * @example 1500
             */
            amount: number;
            /**
             * @description ISO 4217 currency code.
             * @example DKK
             */
            currency: string;
        };
        DeciderDto: {
            /**
             * @description The side: the partnership's kind names its two.
             * @enum {string}
             */
            side: "school" | "company" | "partner" | "secretariat";
            /** @example Birgitte Holm, skoleleder */
            name: string;
        };
        CriterionDto: {
            /**
             * @description A figure the product counts.
             * @enum {string}
             */
            metric: "class-visits" | "preparation-meetings" | "pupils-reached" | "contact-hours" | "volunteer-hours" | "shifts-covered" | "share-of-shifts-not-short" | "units-donated" | "projects-reached";
            /**
             * @description The number to reach in each period.
             * @example 2
             */
            target: number;
            /** @enum {string} */
            period: "term" | "school-year" | "calendar-year" | "agreement";
        };
        AcceptanceDto: {
            side: string;
            /** Format: uuid */
            by: string | null;
            /** Format: date-time */
            at: string;
        };
        AgreementVersionDto: {
            version: number;
            goals: string;
            activities: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            budget: components["schemas"]["MoneyDto"] | null;
            deciders: components["schemas"]["DeciderDto"][];
            criteria: components["schemas"]["CriterionDto"][];
            /** Format: uuid */
            writtenBy: string | null;
            /** Format: date-time */
            writtenAt: string;
            /** @description The sides that accepted this version. */
            acceptances: components["schemas"]["AcceptanceDto"][];
        };
        CriterionProgressDto: {
            /**
             * @description A figure the product counts.
             * @enum {string}
             */
            metric: "class-visits" | "preparation-meetings" | "pupils-reached" | "contact-hours" | "volunteer-hours" | "shifts-covered" | "share-of-shifts-not-short" | "units-donated" | "projects-reached";
            /**
             * @description The number to reach in each period.
             * @example 2
             */
            target: number;
            /** @enum {string} */
            period: "term" | "school-year" | "calendar-year" | "agreement";
            /** @description The period counted: a term, school year, year or the agreement. */
            periodName: string;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            actual: number;
            /** @description actual ÷ target. */
            share: number;
            /** @description The target pro rata of the days of the period gone by. */
            expectedByNow: number;
            onTrack: boolean;
            met: boolean;
        };
        AgreementDto: {
            /** Format: uuid */
            id: string;
            subject: components["schemas"]["AgreementSubjectDto"];
            /** @description Its two sides. */
            sides: string[];
            /** @description The caller's side, if any. */
            yourSide: string | null;
            /**
             * @description Agreed: both sides accepted the latest version; changed: an earlier one only.
             * @enum {string}
             */
            status: "draft" | "agreed" | "changed";
            agreedVersion: number | null;
            latest: components["schemas"]["AgreementVersionDto"];
            /** @description Every version, oldest first. */
            versions: components["schemas"]["AgreementVersionDto"][];
            /** @description The latest version's criteria. */
            progress: components["schemas"]["CriterionProgressDto"][];
        };
        AgreementBodyDto: {
            /** @example Eleverne lærer en arbejdsplads at kende. */
            goals: string;
            /** @default  */
            activities: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            budget?: components["schemas"]["MoneyDto"] | null;
            /** @description One person who can decide for each side. */
            deciders: components["schemas"]["DeciderDto"][];
            /** @default [] */
            criteria: components["schemas"]["CriterionDto"][];
        };
        AcceptDto: {
            /** @description The number of the version read and accepted: the latest. */
            version: number;
        };
        DeliveryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            messageId: string;
            to: string;
            subject: string;
            /** @enum {string} */
            status: "pending" | "sent" | "failed";
            attempts: number;
            lastError: string | null;
            /** @enum {string|null} */
            calendarMethod: "REQUEST" | "CANCEL" | null;
            /** Format: date-time */
            renderedAt: string;
            /** Format: date-time */
            sentAt: string | null;
            /**
             * Format: date-time
             * @description When the body was blanked, the retention period (MAIL_RETENTION_DAYS) over.
             */
            purgedAt: string | null;
        };
        DeliveryPageDto: {
            /** @description Cursor for the next page, or null. */
            next: string | null;
            items: components["schemas"]["DeliveryDto"][];
        };
        DeliveryDetailDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            messageId: string;
            to: string;
            subject: string;
            /** @enum {string} */
            status: "pending" | "sent" | "failed";
            attempts: number;
            lastError: string | null;
            /** @enum {string|null} */
            calendarMethod: "REQUEST" | "CANCEL" | null;
            /** Format: date-time */
            renderedAt: string;
            /** Format: date-time */
            sentAt: string | null;
            /**
             * Format: date-time
             * @description When the body was blanked, the retention period (MAIL_RETENTION_DAYS) over.
             */
            purgedAt: string | null;
            /** @description The plain-text body as stored: sign-in and answer links show as `{{secret-link:…}}`, made only as the mail is sent. Empty once purged. */
            text: string;
            /** @description The HTML body as stored, placeholders alike. */
            html: string;
        };
        ReportPeriodDto: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
        };
        CompanyTotalsDto: {
            /** @description Class visits held. */
            visitsHeld: number;
            /** @description Pupils who came to them. */
            pupilsReached: number;
            /** @description Contact persons' hours logged. */
            contactHours: number;
            /** @description The company's people who volunteered at least once. */
            volunteers: number;
            volunteerHours: number;
            /** @description Contact and volunteer hours together. */
            hours: number;
            /** @description Units its donation programmes delivered. */
            unitsDonated: number;
        };
        AdoptionImpactDto: {
            /** Format: uuid */
            adoptionId: string;
            className: string;
            schoolName: string;
            contactPersonName: string;
            status: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            visitsHeld: number;
            pupilsReached: number;
            preparationMeetingsHeld: number;
            hoursLogged: number;
            /** @description The budget of the adoption's terms that fall in the period. */
            hoursBudget: number;
        };
        ProgrammeImpactDto: {
            /** Format: uuid */
            programmeId: string;
            title: string;
            partnerName: string;
            volunteers: number;
            shiftsAttended: number;
            noShows: number;
            hours: number;
        };
        MoneyAmountDto: {
            amount: number;
            currency: string;
        };
        DonationImpactDto: {
            /** Format: uuid */
            programmeId: string;
            title: string;
            unit: string;
            /** @description Units delivered in the period. */
            unitsDelivered: number;
            /** @description Distinct projects they went to. */
            projectsReached: number;
            value: components["schemas"]["MoneyAmountDto"] | null;
            /** @description The years the period touches. */
            years: components["schemas"]["DonationYearDto"][];
        };
        AgreementSubjectRefDto: {
            /** @enum {string} */
            kind: "adoption" | "programme" | "donation-programme";
            /** Format: uuid */
            id: string;
            name: string;
        };
        CriterionProgressReportDto: {
            metric: string;
            target: number;
            period: string;
            periodName: string;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            actual: number;
            share: number;
            expectedByNow: number;
            onTrack: boolean;
            met: boolean;
        };
        AgreementSummaryDto: {
            /** Format: uuid */
            agreementId: string;
            subject: components["schemas"]["AgreementSubjectRefDto"];
            /** @enum {string} */
            status: "draft" | "agreed" | "changed";
            agreedVersion: number | null;
            /** @description Progress today. */
            criteria: components["schemas"]["CriterionProgressReportDto"][];
        };
        CompanyMonthDto: {
            /** @example 2026-10 */
            month: string;
            visitsHeld: number;
            pupilsReached: number;
            contactHours: number;
            volunteerHours: number;
            unitsDonated: number;
        };
        CompanyReportDto: {
            company: components["schemas"]["NamedDto"];
            period: components["schemas"]["ReportPeriodDto"];
            totals: components["schemas"]["CompanyTotalsDto"];
            adoptions: components["schemas"]["AdoptionImpactDto"][];
            programmes: components["schemas"]["ProgrammeImpactDto"][];
            donations: components["schemas"]["DonationImpactDto"][];
            /** @description The agreements of the company's adoptions, programmes and donation programmes. */
            agreements: components["schemas"]["AgreementSummaryDto"][];
            /** @description With `groupBy=month`. */
            months?: components["schemas"]["CompanyMonthDto"][];
        };
        ReportedProgrammeDto: {
            /** Format: uuid */
            id: string;
            title: string;
            partnerName: string;
            timezone: string;
        };
        ReportCapacityDto: {
            min: number;
            max: number;
        };
        ProgrammeTotalsDto: {
            /** @description Shifts not cancelled. */
            shifts: number;
            shiftsCancelled: number;
            /** @description Shifts with fewer places taken than the minimum. */
            shiftsShort: number;
            /** @description People who came at least once. */
            volunteers: number;
            attendances: number;
            noShows: number;
            hours: number;
        };
        CompanyContributionDto: {
            /** Format: uuid */
            companyId: string;
            name: string;
            volunteers: number;
            shiftsAttended: number;
            hours: number;
        };
        ShiftOutcomeDto: {
            /** Format: uuid */
            shiftId: string;
            /**
             * Format: date
             * @description Local date, in the programme's zone.
             */
            date: string;
            /** Format: date-time */
            start: string;
            /** Format: date-time */
            end: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            signedUp: number;
            attended: number;
            noShows: number;
            hours: number;
            short: boolean;
        };
        ProgrammeMonthDto: {
            /** @example 2026-10 */
            month: string;
            /** @description Shifts held (not cancelled). */
            shifts: number;
            shiftsShort: number;
            attendances: number;
            hours: number;
        };
        ProgrammeReportDto: {
            programme: components["schemas"]["ReportedProgrammeDto"];
            period: components["schemas"]["ReportPeriodDto"];
            capacity: components["schemas"]["ReportCapacityDto"];
            totals: components["schemas"]["ProgrammeTotalsDto"];
            companies: components["schemas"]["CompanyContributionDto"][];
            shifts: components["schemas"]["ShiftOutcomeDto"][];
            /** @description With `groupBy=month`. */
            months?: components["schemas"]["ProgrammeMonthDto"][];
        };
        LivenessDto: {
            /** @enum {string} */
            status: "ok" | "unavailable" | "stopping";
            /**
             * Format: date-time
             * @description The application clock's now: the real time, or where CLOCK_START moved it (demos, tests).
             */
            now: string;
        };
        HealthDto: {
            /** @enum {string} */
            status: "ok" | "unavailable" | "stopping";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    requestLoginLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginLinkRequestDto"];
            };
        };
        responses: {
            /** @description A link is on its way if the address is known. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every access token of the caller is refused from now on. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
        };
    };
    getMyHours: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerHoursDto"];
                };
            };
        };
    };
    listMySignups: {
        parameters: {
            query?: {
                /** @description Default: today. */
                from?: string;
                /** @description Default: the end of the horizon. At most 366 days after `from`. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyPlacePageDto"];
                };
            };
        };
    };
    listMyCommitments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyCommitmentPageDto"];
                };
            };
        };
    };
    getMyCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarUrlsDto"];
                };
            };
        };
    };
    rotateMyCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarUrlsDto"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `next` value of the previous page. */
                cursor?: string;
                /** @description Only the people of this school, company or partner organisation. */
                organisationId?: string;
                /** @description Only the people holding this role. */
                role?: "admin" | "teacher" | "contact" | "volunteer" | "coordinator";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
        };
    };
    inviteUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
        };
    };
    addMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMembershipDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
        };
    };
    removeMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                membershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role is gone, and what it gave the person. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
        };
    };
    exportUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDataExportDto"];
                };
            };
        };
    };
    eraseUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
        };
    };
    listSchools: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `next` value of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolPageDto"];
                };
            };
        };
    };
    createSchool: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSchoolDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolDto"];
                };
            };
        };
    };
    getSchool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolDto"];
                };
            };
        };
    };
    updateSchool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSchoolDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolDto"];
                };
            };
        };
    };
    listCompanies: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `next` value of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyPageDto"];
                };
            };
        };
    };
    createCompany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCompanyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyDto"];
                };
            };
        };
    };
    listCompanyDirectory: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `next` value of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyDirectoryPageDto"];
                };
            };
        };
    };
    getCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyDto"];
                };
            };
        };
    };
    updateCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCompanyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyDto"];
                };
            };
        };
    };
    listPartners: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `next` value of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerPageDto"];
                };
            };
        };
    };
    createPartner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePartnerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDto"];
                };
            };
        };
    };
    getPartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDto"];
                };
            };
        };
    };
    updatePartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePartnerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDto"];
                };
            };
        };
    };
    listClasses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassPageDto"];
                };
            };
        };
    };
    registerClass: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterClassDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassDto"];
                };
            };
        };
    };
    getClass: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassDto"];
                };
            };
        };
    };
    updateClass: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateClassDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassDto"];
                };
            };
        };
    };
    listAdoptions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `next` value of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdoptionPageDto"];
                };
            };
        };
    };
    createAdoption: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAdoptionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdoptionDto"];
                };
            };
        };
    };
    getAdoption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdoptionDto"];
                };
            };
        };
    };
    updateAdoption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAdoptionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdoptionDto"];
                };
            };
        };
    };
    endAdoption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndAdoptionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdoptionDto"];
                };
            };
        };
    };
    replaceContactPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactPersonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdoptionDto"];
                };
            };
        };
    };
    proposeVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeVisitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
        };
    };
    listHours: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoursDto"];
                };
            };
        };
    };
    logHours: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogHoursDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoursEntryDto"];
                };
            };
        };
    };
    deleteHours: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry is gone from the hours and the reports. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateHours: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateHoursDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoursEntryDto"];
                };
            };
        };
    };
    listVisits: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `next` value of the previous page. */
                cursor?: string;
                /** @description Only visits in one of these states. Repeat the parameter for more than one: `status=requested&status=confirmed`. */
                status?: ("requested" | "confirmed" | "declined" | "cancelled" | "completed")[];
                /** @description Only visits that start at or after this time: the agreed start, or while none is agreed the first slot offered. */
                from?: string;
                /** @description Only visits that start before this time, which must be after `from`. */
                to?: string;
                adoptionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitPageDto"];
                };
            };
        };
    };
    getVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
        };
    };
    confirmVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmVisitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
        };
    };
    declineVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
        };
    };
    rescheduleVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlotsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
        };
    };
    cancelVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
        };
    };
    setVisitHosts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HostsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
        };
    };
    completeVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteVisitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
        };
    };
    runSweep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: "complete-visits" | "end-adoptions" | "materialise-shifts" | "send-nudges" | "purge-mail";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SweepResultDto"];
                };
            };
        };
    };
    listProgrammes: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `next` value of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammePageDto"];
                };
            };
        };
    };
    createProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgrammeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeDto"];
                };
            };
        };
    };
    getProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeDto"];
                };
            };
        };
    };
    updateProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProgrammeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeDto"];
                };
            };
        };
    };
    listShifts: {
        parameters: {
            query?: {
                /** @description Default: today. */
                from?: string;
                /** @description Default: the end of the horizon. At most 366 days after `from`. */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftPageDto"];
                };
            };
        };
    };
    commitToProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitmentDto"];
                };
            };
        };
    };
    endCommitment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many coming places were released. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitmentEndedDto"];
                };
            };
        };
    };
    listOpenShifts: {
        parameters: {
            query?: {
                /** @description Default: today. */
                from?: string;
                /** @description Default: the end of the horizon. At most 366 days after `from`. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftPageDto"];
                };
            };
        };
    };
    getShift: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftDetailDto"];
                };
            };
        };
    };
    signUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupDto"];
                };
            };
        };
    };
    cancelSignup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupDto"];
                };
            };
        };
    };
    cancelShift: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelShiftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftDetailDto"];
                };
            };
        };
    };
    recordAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendanceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftDetailDto"];
                };
            };
        };
    };
    listDonationProgrammes: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `next` value of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DonationProgrammePageDto"];
                };
            };
        };
    };
    createDonationProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDonationProgrammeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DonationProgrammeDto"];
                };
            };
        };
    };
    getDonationProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DonationProgrammeDto"];
                };
            };
        };
    };
    updateDonationProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDonationProgrammeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DonationProgrammeDto"];
                };
            };
        };
    };
    setDonationYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DonationYearDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DonationProgrammeDto"];
                };
            };
        };
    };
    addDonationSupporter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupporterBodyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DonationProgrammeDto"];
                };
            };
        };
    };
    removeDonationSupporter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                supporterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DonationProgrammeDto"];
                };
            };
        };
    };
    requestDonation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestUnitsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationDetailDto"];
                };
            };
        };
    };
    listAllocations: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `next` value of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationPageDto"];
                };
            };
        };
    };
    getAllocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationDetailDto"];
                };
            };
        };
    };
    approveAllocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationDetailDto"];
                };
            };
        };
    };
    declineAllocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationDetailDto"];
                };
            };
        };
    };
    prepareAllocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationDetailDto"];
                };
            };
        };
    };
    deliverAllocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliverDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationDetailDto"];
                };
            };
        };
    };
    cancelAllocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationDetailDto"];
                };
            };
        };
    };
    listAdoptionUpdates: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `next` value of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipUpdatePageDto"];
                };
            };
        };
    };
    writeAdoptionUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBodyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipUpdateDto"];
                };
            };
        };
    };
    listProgrammeUpdates: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `next` value of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipUpdatePageDto"];
                };
            };
        };
    };
    writeProgrammeUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBodyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipUpdateDto"];
                };
            };
        };
    };
    listDonationUpdates: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `next` value of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipUpdatePageDto"];
                };
            };
        };
    };
    writeDonationUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBodyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipUpdateDto"];
                };
            };
        };
    };
    getAdoptionAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDto"];
                };
            };
        };
    };
    writeAdoptionAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDto"];
                };
            };
        };
    };
    getProgrammeAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDto"];
                };
            };
        };
    };
    writeProgrammeAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDto"];
                };
            };
        };
    };
    getDonationAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDto"];
                };
            };
        };
    };
    writeDonationAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDto"];
                };
            };
        };
    };
    getAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDto"];
                };
            };
        };
    };
    acceptAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDto"];
                };
            };
        };
    };
    listDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `next` value of the previous page. */
                cursor?: string;
                status?: "pending" | "sent" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPageDto"];
                };
            };
        };
    };
    getDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryDetailDto"];
                };
            };
        };
    };
    retryDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryDto"];
                };
            };
        };
    };
    companyReport: {
        parameters: {
            query?: {
                /** @description First day included. Default: a year before `to`. */
                from?: string;
                /** @description Last day included. Default: today. Less than 10 years after `from`. */
                to?: string;
                /** @description The format; otherwise the Accept header decides (`text/csv` for CSV). */
                format?: "json" | "csv";
                /** @description Adds `months`: the figures of each calendar month of the period, for a chart. As CSV, one row per month. */
                groupBy?: "month";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON, or CSV (one row per line item) with `format=csv` or `Accept: text/csv`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyReportDto"];
                    "text/csv": string;
                };
            };
            /** @description More than 30 reports a minute by one person; `Retry-After` says when to ask again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    programmeReport: {
        parameters: {
            query?: {
                /** @description First day included. Default: a year before `to`. */
                from?: string;
                /** @description Last day included. Default: today. Less than 10 years after `from`. */
                to?: string;
                /** @description The format; otherwise the Accept header decides (`text/csv` for CSV). */
                format?: "json" | "csv";
                /** @description Adds `months`: the figures of each calendar month of the period, for a chart. As CSV, one row per month. */
                groupBy?: "month";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON, or CSV (one row per line item) with `format=csv` or `Accept: text/csv`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeReportDto"];
                    "text/csv": string;
                };
            };
            /** @description More than 30 reports a minute by one person; `Retry-After` says when to ask again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    checkLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessDto"];
                };
            };
        };
    };
    checkReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
}
